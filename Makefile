# tieuchi — build, test, run.  `make help` lists the targets.
#
# Every target that compiles first runs `deps`, which installs the Debian packages
# named in DEBS when they are missing (sudo only when not root).

CC      ?= cc
BUILD   ?= build
PKGS     = lua5.4 libutf8proc xlsxwriter libzip expat sqlite3 nettle
WARN     = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wno-unused-parameter
OPT     ?= -O2 -g
PREFIX  ?= /usr/local
LOCALEDIR = $(PREFIX)/share/locale
CFLAGS  += -std=c11 $(WARN) $(OPT) -MMD -MP -D_POSIX_C_SOURCE=200809L -DLOCALEDIR='"$(LOCALEDIR)"' \
           $(shell pkg-config --cflags $(PKGS) 2>/dev/null) -I$(BUILD)/gen -Isrc
# LPeg is linked statically (Debian ships liblua5.4-lpeg.a), Lua and utf8proc dynamically.
LDLIBS  += -l:liblua5.4-lpeg.a $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm

DEBS = build-essential pkg-config liblua5.4-dev lua-lpeg-dev libcmocka-dev libutf8proc-dev libxlsxwriter-dev \
       libzip-dev libexpat1-dev libsqlite3-dev nettle-dev gettext python3 lua5.4 lua-lpeg

SRC      = $(wildcard src/*.c)
LIBOBJ   = $(patsubst src/%.c,$(BUILD)/obj/%.o,$(filter-out src/main.c,$(SRC))) $(BUILD)/obj/embedded.o
LUAFILES = $(wildcard lang/*.lua) $(wildcard stdlib/*.lua)
TESTSRC  = $(wildcard tests/unit/test_*.c)
TESTBIN  = $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(TESTSRC))

# Fuzzing (tests/fuzz/, docs/testing.md): libFuzzer harnesses built with clang into build-fuzz/.
FUZZ_BUILD   = build-fuzz
FUZZ_SECONDS ?= 200
FUZZ_UNITS   ?= 100000
FUZZ_OPT     = -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all \
               -fno-omit-frame-pointer
FUZZBIN      = $(patsubst tests/fuzz/%.c,$(FUZZ_BUILD)/%,$(wildcard tests/fuzz/fuzz_*.c))

.PHONY: all deps run test sanitize memcheck fuzz fuzz-build differential bench clean help install install-files uninstall po

# The Vietnamese catalogue: po/vi.po, compiled beside the binary (i18n.c finds it there).
MO       = $(BUILD)/locale/vi/LC_MESSAGES/tieuchi.mo
# What xgettext extracts: in C, _(), N_(), NC_() and the format of every function that
# translates its own format (diag_add, diag_hint and the wrappers that pass theirs on);
# in the Lua of lang/ and stdlib/, _().
XGETTEXT = xgettext --from-code=UTF-8 --no-location --sort-output \
           --package-name=tieuchi --msgid-bugs-address=tieuchi
XGETTEXT_C = --language=C --keyword=_ --keyword=N_ --keyword=NC_:1c,2 --keyword=diag_add:6 \
             --keyword=diag_hint:3 --keyword=data_finding:7 --keyword=error_at:3 \
             --keyword=P_:1,2 --keyword=workbook_finding:3 --keyword=cell_finding:6

all: deps $(BUILD)/tieuchi $(MO)

help:
	@echo "make deps      install the Debian packages tieuchi needs (when missing)"
	@echo "make           build $(BUILD)/tieuchi"
	@echo "make run       evaluate the bundled Hoa Binh commune example"
	@echo "make test      unit tests (cmocka) and CLI golden tests"
	@echo "make sanitize  the whole test suite under ASan + UBSan (build-asan/)"
	@echo "make memcheck  the whole test suite under valgrind memcheck"
	@echo "make fuzz      libFuzzer harnesses, FUZZ_SECONDS each (default 200; build-fuzz/),"
	@echo "               then the differential test on FUZZ_UNITS units per seed script"
	@echo "make differential  the product against the reference evaluator (tests/reference/)"
	@echo "               on UNITS random units per seed script (default 100000; JOBS=2 in parallel)"
	@echo "make bench     time every phase on national datasets (BENCH_RUNS, default 5):"
	@echo "               a table, and bench/results.json; results checked against -O0"
	@echo "make install   install under PREFIX (default /usr/local; DESTDIR for staging):"
	@echo "               the binary, the man page, the criteria with their test cases and the"
	@echo "               example datasets these use, lang/ and stdlib/, the docs"
	@echo "make uninstall remove what make install installed"
	@echo "make po        bring po/vi.po up to date with the messages of the sources"

deps:
	@missing=""; for p in $(DEBS) $(EXTRA_DEBS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(BUILD)/tieuchi: $(BUILD)/obj/main.o $(LIBOBJ)
	@echo "  LINK $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/obj/%.o: src/%.c | $(BUILD)/obj $(BUILD)/gen/embedded.h
	@echo "  CC   $<"
	@$(CC) $(CFLAGS) -c -o $@ $<

# lang/ and stdlib/ are embedded into the binary (docs/architecture.md, "Embedded Lua").
$(BUILD)/gen/embedded.c $(BUILD)/gen/embedded.h: $(LUAFILES) $(BUILD)/bin2c | $(BUILD)/gen
	$(BUILD)/bin2c $(BUILD)/gen/embedded $(LUAFILES)

$(BUILD)/obj/embedded.o: $(BUILD)/gen/embedded.c | $(BUILD)/obj
	@echo "  CC   $<"
	@$(CC) $(CFLAGS) -c -o $@ $<

$(MO): po/vi.po
	@mkdir -p $(dir $@)
	msgfmt --check -o $@ $<

# The template of the catalogue, from the sources; `make po` merges it into po/vi.po
# (then translate what is new: tests/cli/checks/catalogue.sh fails until it is done).
$(BUILD)/tieuchi.pot: $(SRC) $(LUAFILES) | $(BUILD)
	$(XGETTEXT) $(XGETTEXT_C) -o $@ $(SRC)
	$(XGETTEXT) --language=Lua --keyword=_ -j -o $@ $(LUAFILES)

po: $(BUILD)/tieuchi.pot
	msgmerge --quiet --update --backup=none --no-fuzzy-matching --sort-output po/vi.po $<
	msgattrib --no-obsolete --sort-output -o po/vi.po po/vi.po

$(BUILD)/bin2c: tools/bin2c.c | $(BUILD)
	$(CC) -std=c11 -Wall -Wextra -Werror -O1 -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c tests/unit/testutil.h $(LIBOBJ) | $(BUILD)/tests
	@echo "  TEST $@"
	@$(CC) $(CFLAGS) -Itests/unit $(LDFLAGS) -o $@ $< $(LIBOBJ) $(LDLIBS) -lcmocka

$(BUILD) $(BUILD)/obj $(BUILD)/gen $(BUILD)/tests:
	mkdir -p $@

# The example has data problems on purpose (exit code 1): they are part of the show.
run: all
	@$(BUILD)/tieuchi run criteria/hoa-binh/1153-2023-xa.lua examples/hoa-binh/xa-2023.csv \
	    --trace $(BUILD)/xa-2023.trace.json; status=$$?; \
	echo; echo "The full derivation trace is in $(BUILD)/xa-2023.trace.json;"; \
	echo "explain one score with: $(BUILD)/tieuchi explain criteria/hoa-binh/1153-2023-xa.lua examples/hoa-binh/xa-2023.csv --unit X01 --indicator 3.4"; \
	[ $$status -le 1 ] || exit $$status

test: all $(TESTBIN)
	@BUILD=$(BUILD) RUNNER="$(RUNNER)" sh tests/run.sh $(TESTBIN)

sanitize:
	$(MAKE) --no-print-directory test BUILD=build-asan OPT="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	    LDFLAGS="-fsanitize=address,undefined"

memcheck:
	$(MAKE) --no-print-directory deps EXTRA_DEBS=valgrind
	$(MAKE) --no-print-directory test RUNNER="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect"

# The harnesses run one after the other; a crash, leak or sanitizer report fails the target.
fuzz:
	$(MAKE) --no-print-directory deps EXTRA_DEBS="clang libclang-rt-14-dev"
	$(MAKE) --no-print-directory fuzz-build
	FUZZ_BUILD=$(FUZZ_BUILD) FUZZ_SECONDS=$(FUZZ_SECONDS) sh tests/fuzz/fuzz.sh
	$(MAKE) --no-print-directory differential UNITS=$(FUZZ_UNITS)

# The product against tests/reference (docs/testing.md, "Differential testing"): UNITS
# random units per seed script, JOBS scripts at a time. `make test` runs a small count.
UNITS ?= 100000
JOBS  ?= 1
differential: all
	BUILD=$(BUILD) JOBS=$(JOBS) PROGRESS=$(PROGRESS) sh tests/reference/differential.sh $(UNITS)

# Benchmarks (bench/, docs/performance.md): figures only, never asserted.
BENCH_RUNS ?= 5
bench: all $(BUILD)/bench/bench
	BUILD=$(BUILD) RUNS=$(BENCH_RUNS) sh bench/run.sh

$(BUILD)/bench/bench: bench/bench.c $(LIBOBJ)
	@mkdir -p $(dir $@)
	@echo "  LINK $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIBOBJ) $(LDLIBS)

fuzz-build:
	$(MAKE) --no-print-directory $(FUZZBIN) BUILD=$(FUZZ_BUILD) CC=clang OPT="$(FUZZ_OPT)"

# A harness: the library objects (built with coverage by fuzz-build) and libFuzzer's main.
$(BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(LIBOBJ) | $(BUILD)
	@echo "  FUZZ $@"
	@$(CC) $(CFLAGS) -fsanitize=fuzzer -o $@ $< $(LIBOBJ) $(LDLIBS)

# The language files are embedded: the binary does not read the installed copies of
# lang/ and stdlib/, which are there for reference beside the criteria and the docs.
DATADIR  = $(DESTDIR)$(PREFIX)/share/tieuchi
DOCDIR   = $(DESTDIR)$(PREFIX)/share/doc/tieuchi
MANDIR   = $(DESTDIR)$(PREFIX)/share/man/man1
install: all install-files

# install-files copies what is built (tests use it with DESTDIR, without rebuilding).
install-files:
	install -D -m 755 $(BUILD)/tieuchi $(DESTDIR)$(PREFIX)/bin/tieuchi
	install -D -m 644 docs/tieuchi.1 $(MANDIR)/tieuchi.1
	install -D -m 644 $(MO) $(DESTDIR)$(LOCALEDIR)/vi/LC_MESSAGES/tieuchi.mo
	install -d $(DATADIR)/lang $(DATADIR)/stdlib $(DOCDIR)
	install -m 644 lang/*.lua $(DATADIR)/lang
	install -m 644 stdlib/*.lua $(DATADIR)/stdlib
	for d in criteria/*/; do install -d $(DATADIR)/$$d && install -m 644 $$d*.lua $(DATADIR)/$$d; done
	# The datasets the criteria's test cases (*.test.lua) start from, at the same relative place.
	for d in examples/*/; do install -d $(DATADIR)/$$d && install -m 644 $$d*.csv $(DATADIR)/$$d; done
	install -m 644 README.md docs/*.md $(DOCDIR)

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/tieuchi $(MANDIR)/tieuchi.1
	rm -f $(DESTDIR)$(LOCALEDIR)/vi/LC_MESSAGES/tieuchi.mo
	rm -rf $(DATADIR) $(DOCDIR)

clean:
	rm -rf build build-asan build-O0 $(FUZZ_BUILD)

-include $(wildcard $(BUILD)/obj/*.d $(BUILD)/*.d)
