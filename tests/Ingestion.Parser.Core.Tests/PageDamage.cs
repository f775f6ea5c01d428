using System.Text;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// The harm a page suffers between a site and the parser: a save cut short, lines lost, doubled, swapped or run together,
/// blank lines dropped, the text set in capitals, stray characters and markup pasted in, characters garbled. Seeded, so
/// a failure names a page and a round that reproduce it.
/// </summary>
public static class PageDamage
{
    private static readonly string[] Strays =
    [
        "|", "»", ":", " — ", "\n", "\n\n", "\r", "\t", "•", "\u00a0", "\u200b", "\ufeff", "\u0000", "\ufffd", "\ud800", "0", "12:34",
        "Sept. 26, 2013", "Reply", "By ", "Comments (3)", "Posted by ", " ago", "1.", "* ", "- ", ">> ", "(", ")", "[", "]", "#", "@",
        "<", ">", "&", "&amp;", "&#", "<!--", "<script>", "</div>", "<p>", "\"", "'", "ßÉ", "日本",
    ];

    /// <summary>The text with one to six harms done to it, chosen by the seed.</summary>
    public static string Apply(string text, int seed)
    {
        var random = new Random(seed);
        var harms = 1 + random.Next(6);
        for (var harm = 0; harm < harms && text.Length > 0; harm++)
        {
            text = random.Next(10) switch
            {
                0 => text[..random.Next(text.Length)],
                1 => WithLines(text, lines => lines.RemoveRange(Span(lines, random, out var count), count)),
                2 => WithLines(text, lines => lines.InsertRange(random.Next(lines.Count), lines.GetRange(Span(lines, random, out var count), count))),
                3 => WithLines(text, lines => Swap(lines, random.Next(lines.Count), random.Next(lines.Count))),
                4 => text.Insert(random.Next(text.Length + 1), Strays[random.Next(Strays.Length)]),
                5 => Cut(text, random.Next(text.Length), random.Next(40)),
                6 => WithLines(text, lines => RunTogether(lines, Span(lines, random, out var count), count, random.Next(2) == 0 ? " " : string.Empty)),
                7 => random.Next(3) switch { 0 => text.Replace("\n", "\r\n"), 1 => text.ToUpperInvariant(), _ => text.Replace("\n\n", "\n") },
                8 => WithLines(text, lines => Indent(lines, random.Next(lines.Count), random.Next(12))),
                _ => Garble(text, random),
            };
        }

        return text;
    }

    private static string WithLines(string text, Action<List<string>> change)
    {
        var lines = text.Split('\n').ToList();
        change(lines);
        return string.Join('\n', lines);
    }

    /// <summary>The first of one to eight lines from a random place, and how many there are.</summary>
    private static int Span(List<string> lines, Random random, out int count)
    {
        var first = random.Next(lines.Count);
        count = Math.Min(lines.Count - first, 1 + random.Next(8));
        return first;
    }

    private static void Swap(List<string> lines, int a, int b) => (lines[a], lines[b]) = (lines[b], lines[a]);

    private static void RunTogether(List<string> lines, int first, int count, string separator)
    {
        var joined = string.Join(separator, lines.GetRange(first, count));
        lines.RemoveRange(first, count);
        lines.Insert(first, joined);
    }

    private static void Indent(List<string> lines, int index, int spaces) => lines[index] = new string(' ', spaces) + lines[index];

    private static string Cut(string text, int start, int length) => text.Remove(start, Math.Min(length, text.Length - start));

    private static string Garble(string text, Random random)
    {
        var garbled = new StringBuilder(text);
        for (var i = 0; i < 5; i++)
        {
            garbled[random.Next(garbled.Length)] = (char)random.Next(32, 0x3000);
        }

        return garbled.ToString();
    }
}
