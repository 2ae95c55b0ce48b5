template criteria/thanh-hoa/cam-tan-2024.lua can_bo wifi --lang en
