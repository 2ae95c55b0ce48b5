help template
