namespace Ingestion.Parser.Core;

/// <summary>
/// "Related Topics:" / "Elm Street, Parking, and borough council": a tag label on a line of its own over its tags
/// on one line, joined by commas, three at least; a sentence is no such line, nor a headline with a comma or two.
/// </summary>
internal static class TagLabelList
{
    private const int MaxLength = 200;

    private const int MinTags = 3;

    public static List<string>? ReadCommaList(string line, bool isBoilerplate)
    {
        var text = line.AsSpan().Trim();
        return text.Length is > 0 and <= MaxLength && text.Contains(", ", StringComparison.Ordinal) && !Words.EndsSentence(text) && !isBoilerplate
            && TagLineParser.Split(text) is { Count: >= MinTags } tags
            ? tags
            : null;
    }
}
