help report --lang en
