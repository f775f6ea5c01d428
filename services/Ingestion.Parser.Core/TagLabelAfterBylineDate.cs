using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "By NAME, Executive Editor | Friday June 7, 2013 @ 6:43pm EDTTags: Ferries, Harbour Board": an old WordPress theme
/// prints the post's tag row as a span inside its meta row, right after the date with no space or bar before it, and the
/// page's text runs the two together. The date ends where the tags label starts; what follows the label is the post's
/// tags. A label after a bar is <see cref="TagsAfterDateLine"/>'s.
/// </summary>
internal static class TagLabelAfterBylineDate
{
    private const string TagsLabel = "Tags: ";

    private const string TaggedLabel = "Tagged: ";

    private static readonly SearchValues<string> Labels = SearchValues.Create([TagsLabel, TaggedLabel], StringComparison.Ordinal);

    /// <summary>The shortest meta row part before the label that can hold a date ("7 June 2013").</summary>
    private const int MinDatePart = 10;

    /// <summary>The line up to the tags label, or the line itself when no label follows a date in it.</summary>
    public static string Without(string line) => LabelAt(line, out _) is > 0 and var at ? line[..at].TrimEnd() : line;

    /// <summary>The tags after the label, or null when the line has no tags label after a date.</summary>
    public static List<string>? TryRead(string line) =>
        LabelAt(line, out var length) is > 0 and var at && TagLineParser.Split(line.AsSpan(at + length).Trim().TrimEnd('.')) is { Count: > 0 } tags ? tags : null;

    /// <summary>Where the tags label stands after the row's date (its length in <paramref name="length"/>), or -1.</summary>
    private static int LabelAt(string line, out int length)
    {
        // One vectorised search turns down every line without such a label.
        var at = line.AsSpan().IndexOfAny(Labels);
        length = at < 0 ? 0 : line.AsSpan(at).StartsWith(TagsLabel, StringComparison.Ordinal) ? TagsLabel.Length : TaggedLabel.Length;
        // Glued to the date's last word ("EDTTags:") or after a space, never after a bar ("| Tags:", TagsAfterDateLine):
        // the part before is a date, so it holds a digit, and the part after no sentence.
        return at >= MinDatePart && line.AsSpan(0, at).TrimEnd() is [.., not '|'] && Words.HasDigit(line.AsSpan(0, at))
            && !Words.EndsSentence(line.AsSpan(at + length))
            ? at
            : -1;
    }
}
