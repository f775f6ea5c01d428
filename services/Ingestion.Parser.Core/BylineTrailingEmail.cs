namespace Ingestion.Parser.Core;

/// <summary>
/// "By NJERI MWANGI, nmwangi@ke.dailycourier.com": an East African daily prints the writer's address after the byline's
/// name, parted by a comma. The address is no name and no role; without it the line is the byline. Only a line that opens
/// as a byline loses it, and only an address that ends the line: "Write to Name, name@…" is a contact line, no byline.
/// </summary>
internal static class BylineTrailingEmail
{
    public static string Without(string line)
    {
        if (!line.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || line.LastIndexOf(", ", StringComparison.Ordinal) is not (> 3 and var comma))
        {
            return line;
        }

        var tail = line.AsSpan(comma + 2).Trim();
        return tail.IndexOf('@') is > 0 and var at && tail[(at + 1)..].IndexOf('.') > 0 && tail[^1] != '.' && !tail.Contains(' ')
            ? line[..comma].TrimEnd()
            : line;
    }
}
