run criteria/thanh-hoa/1829-2023-xa.lua examples/thanh-hoa/xa-2024.csv --period 2024 --evidence tests/cli/fixtures/evidence-problems.csv --format csv
