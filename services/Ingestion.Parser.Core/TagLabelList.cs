namespace Ingestion.Parser.Core;

/// <summary>
/// "Related Topics:" / "Elm Street, Parking, and borough council", "Topics" / "Homelessness · Housing · Local government":
/// a tag label on a line of its own over its tags on one line, joined by commas or dots, three at least; a sentence is no
/// such line, nor a headline with a comma or two.
/// </summary>
internal static class TagLabelList
{
    private const int MaxLength = 200;

    private const int MinTags = 3;

    private static readonly System.Buffers.SearchValues<string> Joins = System.Buffers.SearchValues.Create([", ", " · ", " • "], StringComparison.Ordinal);

    public static List<string>? ReadCommaList(string line, bool isBoilerplate)
    {
        var text = line.AsSpan().Trim();
        return text.Length is > 0 and <= MaxLength && text.ContainsAny(Joins) && !Words.EndsSentence(text) && !isBoilerplate
            && TagLineParser.Split(text) is { Count: >= MinTags } tags
            ? tags
            : null;
    }
}
