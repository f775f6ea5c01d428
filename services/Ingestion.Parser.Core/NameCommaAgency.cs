namespace Ingestion.Parser.Core;

/// <summary>
/// "Lerato Khumalo, Sapa", "Dana Reyes, Reuters": a writer's name alone on its line, then the news agency the story came
/// through after a comma. The agency is no part of the name.
/// </summary>
internal static class NameCommaAgency
{
    private const int LongestLine = 70;

    public static string? TryRead(string text)
    {
        var line = text.AsSpan().Trim();
        if (line.Length > LongestLine || line.LastIndexOf(", ") is not (> 0 and var comma) || !WireServiceByline.IsWireService(line[(comma + 2)..]))
        {
            return null;
        }

        var name = Whitespace.Collapse(line[..comma].ToString());
        return !name.Contains(',', StringComparison.Ordinal) && BylineParser.IsWritersName(name) ? name : null;
    }
}
