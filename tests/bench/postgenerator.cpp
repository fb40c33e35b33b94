#include "postgenerator.h"

#include <QList>

#include <array>
#include <iterator>

namespace Postwright {

namespace {

// Snippets per language. In a template @1 @2 @3 stand for identifiers, @T for
// a type name, @N for a number and @W for a few words; one block fills them in
// once, so a name reads the same wherever it appears.
struct CodeLanguage
{
    const char *name;
    bool camelCase;
    std::array<const char *, 3> templates;
};

const CodeLanguage Languages[] = {
    {"cpp", true, {R"code(struct @T
{
    std::string @1;
    int @2 = @N;
};

std::vector<@T> load@T(const std::filesystem::path &path)
{
    std::ifstream in(path);
    std::vector<@T> result;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line.front() == '#')
            continue; // @W
        result.push_back(@T{line, @N});
    }
    return result;
}
)code",
                   R"code(template <typename T>
auto @1(const std::vector<T> &items, std::size_t @2) -> std::optional<T>
{
    // @W
    if (@2 >= items.size())
        return std::nullopt;
    return items[@2] * @N;
}
)code",
                   R"code(class @T : public QObject
{
    Q_OBJECT
public:
    explicit @T(QObject *parent = nullptr);
    void @1(int @2);

signals:
    void @3Changed();

private:
    QString m_@3 = QStringLiteral("@W");
    std::unique_ptr<QTimer> m_timer;
};
)code"}},
    {"python", false, {R"code(def @1(@2, @3=None):
    """@W."""
    if @3 is None:
        @3 = {}
    for key, value in @2.items():
        if isinstance(value, str) and value.startswith("@W"):
            @3[key] = value.strip()
    return @3
)code",
                       R"code(@dataclass
class @T:
    @1: int = @N
    @2: list[str] = field(default_factory=list)

    def @3(self, item: str) -> bool:
        self.@2.append(item)
        return len(self.@2) > self.@1
)code",
                       R"code(async def @1(session, url: str) -> dict:
    async with session.get(url, timeout=@N) as response:
        response.raise_for_status()
        data = await response.json()
    # @W
    return {k: v for k, v in data.items() if k != "@2"}
)code"}},
    {"bash", false, {R"code(#!/usr/bin/env bash
set -euo pipefail

@1="${1:-/var/lib/@2}"
for file in "$@1"/*.log; do
    [ -f "$file" ] || continue
    count=$(grep -c "@W" "$file" || true)
    echo "$file: $count"
done
)code",
                     R"code(@1() {
    local @2="$1"
    if [[ -z "$@2" ]]; then
        echo "usage: @1 NAME" >&2
        return 2
    fi
    curl -fsSL "https://example.org/api/$@2?limit=@N" | jq '.items[] | .name'
}
)code",
                     R"code(export @3_HOME="$HOME/.local/share/@2"
mkdir -p "$@3_HOME"
tar -xzf "@1-@N.tar.gz" -C "$@3_HOME" --strip-components=1
find "$@3_HOME" -name '*.so' -exec chmod 0755 {} +
)code"}},
    {"go", true, {R"code(type @T struct {
	@1 string
	@2 int
}

func new@T(@1 string) (*@T, error) {
	if @1 == "" {
		return nil, fmt.Errorf("@W: empty name")
	}
	return &@T{@1: @1, @2: @N}, nil
}
)code",
                  R"code(func @1(ctx context.Context, items []string) error {
	g, ctx := errgroup.WithContext(ctx)
	for _, item := range items {
		item := item
		g.Go(func() error {
			// @W
			return @2(ctx, item, @N)
		})
	}
	return g.Wait()
}
)code",
                  R"code(func (s *@T) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.Method != http.MethodGet {
		http.Error(w, "@W", http.StatusMethodNotAllowed)
		return
	}
	json.NewEncoder(w).Encode(s.@1[:@N])
}
)code"}},
    {"rust", false, {R"code(#[derive(Debug, Clone, PartialEq)]
pub struct @T {
    pub @1: String,
    pub @2: u32,
}

impl @T {
    pub fn new(@1: impl Into<String>) -> Self {
        Self { @1: @1.into(), @2: @N }
    }
}
)code",
                     R"code(fn @1(input: &str) -> Result<Vec<u64>, ParseIntError> {
    // @W
    input
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<u64>().map(|n| n * @N))
        .collect()
}
)code",
                     R"code(impl fmt::Display for @T {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.@2 {
            0 => write!(f, "@W"),
            n if n > @N => write!(f, "{} (many)", self.@1),
            n => write!(f, "{} ({n})", self.@1),
        }
    }
}
)code"}},
    {"yaml", false, {R"code(name: @1
on:
  push:
    branches: [main]
jobs:
  @2:
    runs-on: ubuntu-latest
    timeout-minutes: @N
    steps:
      - uses: actions/checkout@v4
      - run: make @3
        env:
          MESSAGE: "@W"
)code",
                     R"code(apiVersion: apps/v1
kind: Deployment
metadata:
  name: @1
  labels:
    app: @2
spec:
  replicas: @N
  template:
    spec:
      containers:
        - name: @3
          image: "registry.example.org/@1:1.@N"
          args: ["--mode", "@W"]
)code",
                     R"code(@1:
  enabled: true
  retries: @N
  # @W
  targets:
    - @2
    - @3
)code"}},
    {"json", true, {R"code({
  "@1": "@W",
  "@2": @N,
  "@3": [true, false, null],
  "nested": {"id": @N, "tags": ["@1", "@2"]}
}
)code",
                    R"code([
  {"name": "@1", "size": @N, "enabled": true},
  {"name": "@2", "size": @N, "enabled": false},
  {"name": "@3", "size": 0, "note": "@W"}
]
)code",
                    R"code({"event": "@1", "payload": {"@2": "@W", "count": @N}}
)code"}},
    {"javascript", true, {R"code(export async function @1(url, { retries = @N } = {}) {
  for (let attempt = 0; attempt <= retries; attempt++) {
    const response = await fetch(url);
    if (response.ok) return response.json();
    await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 100));
  }
  throw new Error(`@W: ${url}`);
}
)code",
                          R"code(class @T extends EventTarget {
  #@1 = new Map();

  @2(key, value) {
    this.#@1.set(key, value);
    this.dispatchEvent(new CustomEvent('@3', { detail: { key } }));
  }
}
)code",
                          R"code(const @1 = items
  .filter((item) => item.@2 > @N)
  .map(({ @3, ...rest }) => ({ ...rest, label: `@W ${@3}` }))
  .sort((a, b) => a.@2 - b.@2);
)code"}},
    {"sql", false, {R"code(CREATE TABLE @1 (
    id BIGSERIAL PRIMARY KEY,
    @2 TEXT NOT NULL,
    @3 INTEGER DEFAULT @N,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX @1_@2_idx ON @1 (@2);
)code",
                    R"code(SELECT p.@2, count(*) AS total, avg(p.@3) AS mean
FROM @1 AS p
JOIN @2 AS q ON q.id = p.@2_id
WHERE p.created_at > now() - interval '@N days'
  AND p.@3 IS NOT NULL -- @W
GROUP BY p.@2
ORDER BY total DESC
LIMIT @N;
)code",
                    R"code(UPDATE @1
SET @3 = @3 + 1, note = '@W'
WHERE @2 IN (SELECT @2 FROM @2 WHERE id < @N);
)code"}},
    {"toml", false, {R"code([package]
name = "@1"
version = "0.@N.0"
edition = "2021"
description = "@W"

[dependencies]
@2 = { version = "1.@N", features = ["@3"] }
serde = { version = "1", features = ["derive"] }
)code",
                     R"code([@1]
enabled = true
timeout = @N
paths = ["/srv/@2", "/var/cache/@3"]

[@1.@2]
# @W
level = "debug"
)code",
                     R"code(baseURL = "https://@1.example.org/"
title = "@W"
[params]
@2 = @N
@3 = false
)code"}},
};

// Nouns and verbs of the trade; identifiers are made of these alone.
const char *const TechnicalWords[] = {
    "build", "cache", "compiler", "thread", "parser", "renderer", "buffer", "latency", "throughput", "memory",
    "allocation", "request", "server", "client", "module", "package", "release", "version", "schema", "query",
    "index", "table", "column", "config", "option", "default", "value", "error", "warning", "message",
    "stream", "socket", "handler", "callback", "event", "signal", "queue", "worker", "pool", "lock",
    "mutex", "atomic", "vector", "string", "pointer", "reference", "template", "generic", "trait", "interface",
    "closure", "iterator", "range", "slice", "array", "map", "set", "tree", "graph", "node",
    "edge", "path", "file", "folder", "image", "asset", "layout", "theme", "page", "post",
    "draft", "deploy", "container", "cluster", "service", "endpoint", "token", "session", "header", "payload",
    "encoding", "decoder", "format", "markdown", "syntax", "grammar", "lexer", "scanner", "highlight", "benchmark",
    "profile", "trace", "metric", "counter", "histogram", "sample", "median", "regression", "test", "fixture",
    "measure", "render", "parse", "write", "read", "store", "load", "update", "remove", "return",
};

const char *const CommonWords[] = {
    "the", "a", "of", "to", "and", "in", "is", "that", "for", "with",
    "we", "it", "this", "when", "each", "every", "only", "then", "after", "before",
    "fast", "slow", "small", "large", "simple", "careful", "stable", "correct", "hidden", "explicit",
};

const char *const LinkTargets[] = {
    "https://example.org/docs/guide", "https://en.cppreference.com/w/cpp/container/vector",
    "https://doc.rust-lang.org/book/", "https://go.dev/doc/effective_go", "https://docs.python.org/3/library/",
    "https://github.com/example/project/issues/42", "/posts/an-earlier-post/", "#further-reading",
};

const char *const Tags[] = {"cpp", "rust", "go", "python", "performance", "tooling", "hugo", "markdown", "ci", "databases"};

QByteArray capitalised(QByteArray text)
{
    if (!text.isEmpty())
        text[0] = char(QChar::toUpper(uchar(text[0])));
    return text;
}

// Joins paragraph text into lines of about 80 columns, as people write.
QByteArray wrapped(const QByteArray &text)
{
    QByteArray out;
    qsizetype column = 0;
    for (const QByteArray &token : text.split(' ')) {
        if (column > 0 && column + token.size() > 80) {
            out += '\n';
            column = 0;
        } else if (column > 0) {
            out += ' ';
            ++column;
        }
        out += token;
        column += token.size();
    }
    return out + '\n';
}

} // namespace

PostGenerator::PostGenerator(quint32 seed)
    : m_random(seed)
{
}

int PostGenerator::between(int lowest, int highest)
{
    return int(m_random.bounded(lowest, highest + 1));
}

bool PostGenerator::chance(int percent)
{
    return int(m_random.bounded(100)) < percent;
}

QByteArray PostGenerator::word()
{
    const int technical = int(std::size(TechnicalWords));
    const int pick = int(m_random.bounded(technical + int(std::size(CommonWords))));
    return pick < technical ? TechnicalWords[pick] : CommonWords[pick - technical];
}

QByteArray PostGenerator::technicalWord()
{
    return TechnicalWords[m_random.bounded(int(std::size(TechnicalWords)))];
}

QByteArray PostGenerator::words(int count)
{
    QByteArray out = word();
    for (int i = 1; i < count; ++i)
        out += ' ' + word();
    return out;
}

QByteArray PostGenerator::identifier(bool camelCase)
{
    QByteArray out = technicalWord();
    const QByteArray second = technicalWord();
    out += camelCase ? capitalised(second) : '_' + second;
    return out;
}

QByteArray PostGenerator::typeName()
{
    return capitalised(technicalWord()) + capitalised(technicalWord());
}

QByteArray PostGenerator::sentence()
{
    const int count = between(8, 18);
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        QByteArray piece = i == 0 ? capitalised(word()) : word();
        const int roll = int(m_random.bounded(100));
        if (roll < 8)
            piece = '*' + piece + '*';
        else if (roll < 12)
            piece = "**" + piece + "**";
        else if (roll < 20)
            piece = '`' + identifier(chance(50)) + "()`";
        else if (roll < 24)
            piece = '[' + piece + ' ' + word() + "](" + LinkTargets[m_random.bounded(int(std::size(LinkTargets)))] + ')';
        if (i > 0)
            out += ' ';
        out += piece;
    }
    return out + (chance(10) ? ":" : ".");
}

QByteArray PostGenerator::paragraph()
{
    QByteArray text = sentence();
    for (int i = between(2, 5); i > 0; --i)
        text += ' ' + sentence();
    return wrapped(text) + '\n';
}

QByteArray PostGenerator::heading(int level)
{
    return QByteArray(level, '#') + ' ' + capitalised(words(between(2, 6))) + "\n\n";
}

QByteArray PostGenerator::list()
{
    const int style = between(0, 2); // bullets, numbers, tasks
    QByteArray out;
    for (int i = 1, count = between(3, 7); i <= count; ++i) {
        if (style == 0)
            out += "- ";
        else if (style == 1)
            out += QByteArray::number(i) + ". ";
        else
            out += chance(40) ? "- [x] " : "- [ ] ";
        out += capitalised(words(between(3, 10)));
        if (chance(30))
            out += " with `" + identifier(chance(50)) + '`';
        out += '\n';
    }
    return out + '\n';
}

QByteArray PostGenerator::table()
{
    const int columns = between(3, 5);
    QByteArray header = "|", rule = "|";
    for (int c = 0; c < columns; ++c) {
        header += ' ' + capitalised(word()) + " |";
        rule += c == 0 ? " :--- |" : " ---: |";
    }
    QByteArray out = header + '\n' + rule + '\n';
    for (int r = 0, rows = between(3, 8); r < rows; ++r) {
        out += "| `" + identifier(false) + "` |";
        for (int c = 1; c < columns; ++c)
            out += chance(60) ? ' ' + QByteArray::number(between(1, 99999)) + " |" : ' ' + words(between(1, 3)) + " |";
        out += '\n';
    }
    return out + '\n';
}

QByteArray PostGenerator::blockQuote()
{
    return "> **Note:** " + sentence() + "\n> " + sentence() + "\n\n";
}

QByteArray PostGenerator::codeBlock(const char *languageName)
{
    const CodeLanguage *language = &Languages[0];
    for (const CodeLanguage &candidate : Languages)
        if (qstrcmp(candidate.name, languageName) == 0)
            language = &candidate;
    const QByteArray names[] = {identifier(language->camelCase), identifier(language->camelCase),
                                identifier(language->camelCase)};
    const QByteArray type = typeName();

    QByteArray code;
    for (int snippet = between(1, 3); snippet > 0; --snippet) {
        if (!code.isEmpty())
            code += '\n';
        const QByteArray source = language->templates[m_random.bounded(int(language->templates.size()))];
        for (qsizetype i = 0; i < source.size(); ++i) {
            const char next = i + 1 < source.size() ? source[i + 1] : '\0';
            if (source[i] != '@' || !QByteArrayView("123TNW").contains(next)) {
                code += source[i];
                continue;
            }
            switch (next) {
            case 'T': code += type; break;
            case 'N': code += QByteArray::number(between(1, 512)); break;
            case 'W': code += words(between(2, 5)); break;
            default: code += names[next - '1']; break;
            }
            ++i;
        }
    }
    return "```" + QByteArray(language->name) + '\n' + code + "```\n\n";
}

QByteArray PostGenerator::codeBlock()
{
    return codeBlock(Languages[m_random.bounded(int(std::size(Languages)))].name);
}

QByteArray PostGenerator::frontMatter(const QByteArray &title, const QByteArray &tags)
{
    return "---\ntitle: \"" + title + "\"\ndate: \"2024-01-02\"\ntags: [" + tags + "]\ndraft: false\n---\n\n";
}

QByteArray PostGenerator::technicalPost(qsizetype targetBytes)
{
    QByteArray post = frontMatter("Benchmark: " + capitalised(words(5)), "bench, performance, markdown");
    post += paragraph();
    qsizetype codeBytes = 0;
    while (post.size() < targetBytes) {
        post += heading(2);
        post += paragraph();
        for (int element = between(4, 10); element > 0; --element) {
            // Code whenever it has fallen below a third of the post.
            if (codeBytes * 3 < post.size()) {
                const QByteArray block = codeBlock();
                codeBytes += block.size();
                post += block;
                continue;
            }
            const int roll = between(0, 99);
            if (roll < 55)
                post += paragraph();
            else if (roll < 72)
                post += list();
            else if (roll < 84)
                post += table();
            else if (roll < 92)
                post += blockQuote();
            else
                post += heading(3);
        }
    }
    return post;
}

QByteArray PostGenerator::sitePost(int number)
{
    const QByteArray title = "Post " + QByteArray::number(number) + ": " + capitalised(words(4));
    // Two different tags: the second is a step of 1..count-1 past the first.
    const int tagCount = int(std::size(Tags));
    const int firstTag = int(m_random.bounded(tagCount));
    const int secondTag = (firstTag + 1 + int(m_random.bounded(tagCount - 1))) % tagCount;
    const QByteArray tags = QByteArray(Tags[firstTag]) + ", " + Tags[secondTag];
    QByteArray post = frontMatter(title, tags);
    post += paragraph();
    post += heading(2);
    post += paragraph();
    post += codeBlock();
    post += list();
    post += heading(2);
    post += paragraph();
    post += table();
    post += codeBlock();
    while (post.size() < 3000)
        post += paragraph();
    return post;
}

} // namespace Postwright
