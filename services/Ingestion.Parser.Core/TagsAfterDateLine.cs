namespace Ingestion.Parser.Core;

/// <summary>
/// "Posted: Thursday, September 26, 2013 10:40 pm | Updated: 8:15 am, Fri Sep 27, 2013. | Tags: School Buses, Redline
/// Transit": TownNews' BLOX footer closes the story's date line with its tags, after a bar. The line is read as the
/// date line; its tags are the page's too.
/// </summary>
internal static class TagsAfterDateLine
{
    private static readonly string[] Labels = ["| Tags: ", "| Tagged: ", "| Tagged "];

    private const string Bar = " | ";

    /// <summary>The tags after the bar, up to the next bar; null when the line has no such part.</summary>
    public static List<string>? TryRead(string line)
    {
        foreach (var label in Labels)
        {
            var at = line.IndexOf(label, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var tags = line.AsSpan(at + label.Length);
            var next = tags.IndexOf(Bar, StringComparison.Ordinal);
            var list = TagLineParser.Split((next >= 0 ? tags[..next] : tags).Trim().TrimEnd('.'));
            return list.Count > 0 ? list : null;
        }

        return null;
    }
}
