namespace Ingestion.Parser.Core;

/// <summary>
/// "Exclusive by Hamish Lorimer", "EXCLUSIVE: By Name": a British or Scottish paper marks its own scoop in the byline
/// itself. The label is no name; the line after it is the byline.
/// </summary>
internal static class ExclusiveBylineLabel
{
    private const string Label = "exclusive";

    public static string Without(string line)
    {
        if (line.Length < Label.Length + 5 || line[0] is not ('E' or 'e') || !line.StartsWith(Label, StringComparison.OrdinalIgnoreCase))
        {
            return line;
        }

        var rest = line.AsSpan(Label.Length).TrimStart(':').TrimStart();
        return rest.Length > 3 && rest.StartsWith("by ", StringComparison.OrdinalIgnoreCase) && char.IsUpper(rest[3]) ? rest.ToString() : line;
    }
}
