template criteria/thanh-hoa/cam-tan-2024.lua can_bo --units examples/thanh-hoa/cam-tan-2024.csv --lang en
