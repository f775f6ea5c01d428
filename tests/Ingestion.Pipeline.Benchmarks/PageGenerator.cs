using System.Globalization;
using System.Text;
using System.Text.Json;
using Ingestion.Testing;

namespace Ingestion.Pipeline.Benchmarks;

/// <summary>
/// Pages shaped like what users drop: the labelled corpus pages (text and HTML, many sites and languages) and the
/// sample CNN page with a comment thread of 0 to 40 comments, each made unique and given a body of its own length by
/// words inserted into its first body paragraph (taken from the page's own body, so the language stays).
/// </summary>
internal sealed class PageGenerator
{
    /// <summary>Seeds of the measured and warm-up pages: the same in every run and for the ceilings, so all see the same pages.</summary>
    public const int MeasuredSeed = 20_130_925;
    public const int WarmUpSeed = MeasuredSeed + 1;

    private const int MaxThreadComments = 40;

    private readonly List<PageTemplate> _html;
    private readonly List<PageTemplate> _text;
    private readonly CommentThreadPage _thread;
    private readonly double _htmlShare;
    private readonly Random _random;
    private readonly int _seed;
    private int _count;

    public PageGenerator(double htmlShare, int seed)
    {
        var root = TestEnvironment.RepositoryRoot;
        var corpus = Directory.EnumerateFiles(Path.Combine(root, "tests", "Ingestion.Parser.Core.Tests", "Pages"))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "samples")))
            .Where(path => path.EndsWith(".txt", StringComparison.Ordinal) || path.EndsWith(".html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(PageTemplate.TryLoad)
            .OfType<PageTemplate>()
            .ToList();
        _html = corpus.Where(t => t.IsHtml).ToList();
        _text = corpus.Where(t => !t.IsHtml).ToList();
        _thread = CommentThreadPage.Load(_text.Single(t => t.Name == "000"));
        _htmlShare = htmlShare;
        _random = new Random(seed);
        _seed = seed;
    }

    public string Describe() =>
        $"{_html.Count} HTML and {_text.Count} text templates, {_htmlShare:P0} HTML; a third of text pages carry a generated thread of 0-{MaxThreadComments} comments";

    /// <summary>A new page: its file name and complete content.</summary>
    public (string FileName, byte[] Content) Next()
    {
        var number = ++_count;
        var html = _random.NextDouble() < _htmlShare;
        var template = html
            ? _html[_random.Next(_html.Count)]
            : _random.Next(3) == 0 ? _thread.WithComments(_random.Next(MaxThreadComments + 1), _random) : _text[_random.Next(_text.Count)];

        // Log-uniform from 50 to 8,000 characters: most pages near their template's size, a few several times larger.
        var extraCharacters = (int)Math.Exp(Math.Log(50) + (_random.NextDouble() * (Math.Log(8_000) - Math.Log(50))));
        var inserted = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $" ({_seed}-{number:D7})"));
        while (inserted.Length < extraCharacters)
        {
            inserted.Append(' ').Append(template.Vocabulary[_random.Next(template.Vocabulary.Count)]);
        }

        var content = template.Insert(inserted.ToString());
        var name = string.Create(CultureInfo.InvariantCulture, $"bench-{number:D7}-{template.Name}{(template.IsHtml ? ".html" : ".txt")}");
        return (name, content);
    }

    /// <summary>A page and the place inside its first body paragraph where words can go without changing its structure.</summary>
    private sealed class PageTemplate(string name, bool isHtml, byte[] content, int insertAt, Encoding encoding, IReadOnlyList<string> vocabulary)
    {
        public string Name => name;

        public bool IsHtml => isHtml;

        public IReadOnlyList<string> Vocabulary => vocabulary;

        public byte[] Content => content;

        /// <summary>The same page with the bytes from <paramref name="start"/> to <paramref name="end"/> replaced (after the insertion point).</summary>
        public PageTemplate WithReplaced(int start, int end, byte[] replacement) =>
            new(name, isHtml, [.. content.AsSpan(0, start), .. replacement, .. content.AsSpan(end)], insertAt, encoding, vocabulary);

        public byte[] Insert(string text)
        {
            var bytes = encoding.GetBytes(text);
            var result = new byte[content.Length + bytes.Length];
            content.AsSpan(0, insertAt).CopyTo(result);
            bytes.CopyTo(result, insertAt);
            content.AsSpan(insertAt).CopyTo(result.AsSpan(insertAt + bytes.Length));
            return result;
        }

        public static PageTemplate? TryLoad(string path)
        {
            var expectedPath = Path.ChangeExtension(path, ".expected.json");
            if (!File.Exists(expectedPath))
            {
                return null;
            }

            using var expected = JsonDocument.Parse(File.ReadAllBytes(expectedPath));
            var body = expected.RootElement.GetProperty("body_paragraphs").EnumerateArray().Select(p => p.GetString() ?? "").ToList();
            var first = body.FirstOrDefault(p => p.Length >= 60);
            if (first is null)
            {
                return null;
            }

            var content = File.ReadAllBytes(path);
            var isHtml = path.EndsWith(".html", StringComparison.Ordinal);
            var vocabulary = body.SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.All(char.IsLetter)).ToList();
            // The paragraph as the page spells it: UTF-8, or a one-byte encoding for the legacy pages.
            foreach (var encoding in new[] { Encoding.UTF8, Encoding.Latin1 })
            {
                var prefix = encoding.GetBytes(first[..40]);
                var at = content.AsSpan().IndexOf(prefix);
                if (at < 0)
                {
                    continue;
                }

                // After a whole word, so the insertion never splits one.
                var space = content.AsSpan(at + prefix.Length).IndexOf((byte)' ');
                if (space >= 0 && vocabulary.Count > 20)
                {
                    return new PageTemplate(
                        Path.GetFileNameWithoutExtension(path).Split('_')[0], isHtml, content, at + prefix.Length + space, encoding, vocabulary);
                }
            }

            return null;
        }
    }

    /// <summary>The sample CNN blog page with its comment thread rebuilt to any length, in the page's own layout.</summary>
    private sealed class CommentThreadPage(PageTemplate sample, int threadStart, int threadEnd, IReadOnlyList<string> commentSentences)
    {
        private static readonly string[] Authors = ["Dyan S", "Random", "ShiverMeTimbers", "john smith", "World Chaos News", "Kjgfte Gkuytr", "Bob", "Maria L"];

        public static CommentThreadPage Load(PageTemplate sample)
        {
            var text = Encoding.UTF8.GetString(sample.Content);
            var start = text.IndexOf("soundoff (", StringComparison.Ordinal);
            var end = text.IndexOf("Post a comment", StringComparison.Ordinal);
            var sentences = text[start..end]
                .Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Length > 40 && !line.Contains("| Reply", StringComparison.Ordinal))
                .ToList();
            return new CommentThreadPage(sample, Encoding.UTF8.GetByteCount(text[..start]), Encoding.UTF8.GetByteCount(text[..end]), sentences);
        }

        public PageTemplate WithComments(int count, Random random)
        {
            var thread = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"soundoff ({count} Responses)\n"));
            var topLevel = 0;
            for (var i = 0; i < count; i++)
            {
                var reply = i > 0 && random.Next(3) == 0;
                var indent = reply ? "      " : "    ";
                thread.Append(reply ? "    \u2022 " : string.Create(CultureInfo.InvariantCulture, $"  {++topLevel}. "))
                    .Append(Authors[random.Next(Authors.Length)]).Append("\n\n")
                    .Append(indent).Append(commentSentences[random.Next(commentSentences.Count)]).Append("\n\n")
                    .Append(indent)
                    .Append(CultureInfo.InvariantCulture, $"September {25 + random.Next(3)}, 2013 at {1 + random.Next(12)}:{random.Next(60):D2} am | Reply\n");
            }

            return sample.WithReplaced(threadStart, threadEnd, Encoding.UTF8.GetBytes(thread.Append('\n').ToString()));
        }
    }
}
