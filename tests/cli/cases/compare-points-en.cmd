compare criteria/hoa-binh/1153-2023-xa.lua examples/hoa-binh/xa-2023.csv tests/cli/fixtures/compare-points-appraised.csv --lang en
