help template --lang en
