help gap
