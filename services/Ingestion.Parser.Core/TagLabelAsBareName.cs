namespace Ingestion.Parser.Core;

/// <summary>
/// "Related Topics" / "  • Harbour strike" between the headline and the text of a text browser's dump: the label of the
/// story's tag list, printed on a line of its own over its bulleted tags, reads like a bare byline of two capitalised
/// words. A tag list's label (<see cref="LabelledTagLinks"/>'s known labels: "Tags", "Topics", "Related Topics", "Filed
/// under" …) names no writer. A label that only opens with such a word ("Tags Weekly") reads as one too; no writer is so named.
/// </summary>
internal static class TagLabelAsBareName
{
    public static bool Is(string line) => LabelledTagLinks.IsKnownLabel(Whitespace.Collapse(line).TrimEnd(':').ToLowerInvariant());
}
