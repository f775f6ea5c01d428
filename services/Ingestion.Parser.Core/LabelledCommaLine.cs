namespace Ingestion.Parser.Core;

/// <summary>
/// "Categories:" / "Bargaining, Contract News": a colon label in one table cell and its list in the next, rendered as a
/// label line over one short line of tags joined by commas. Read as the same line would be beside its label ("Categories:
/// Bargaining, Contract News"), not as one tag; a tag written "Kerry, John" stands one per line with others under it.
/// </summary>
internal static class LabelledCommaLine
{
    /// <summary>Longer than a tag written one per line; the story's first paragraph may follow the list with no blank line.</summary>
    private const int MaxTagLine = 40;

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text;
        if (!text.Contains(", ", StringComparison.Ordinal) || index == 0)
        {
            return false;
        }

        var label = lines.PreviousNonBlank(index);
        var next = index + 1;
        return label >= 0 && lines[label].Text.AsSpan().TrimEnd().EndsWith(":", StringComparison.Ordinal) && (next >= lines.Count || lines[next].IsBlank || lines[next].Text.Length > MaxTagLine);
    }
}
