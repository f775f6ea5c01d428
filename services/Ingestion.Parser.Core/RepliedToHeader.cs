namespace Ingestion.Parser.Core;

/// <summary>
/// "Asif Malik (Lahore) replied to Vikram Rao" over the time: a portal that prints its replies flat names the writer, the
/// writer's town, and the commenter answered in the header itself. The writer's part is the name; the part after
/// "replied to" names the parent.
/// </summary>
internal static class RepliedToHeader
{
    private const string Joint = " replied to ";
    private const int MaxLength = 100;

    public static bool TryRead(ReadOnlySpan<char> header, out string writer, out string parent)
    {
        writer = parent = string.Empty;
        var line = header.Trim();
        var at = line.IndexOf(Joint, StringComparison.OrdinalIgnoreCase);
        if (line.Length > MaxLength || at <= 0)
        {
            return false;
        }

        var writerPart = line[..at].Trim();
        var parentPart = line[(at + Joint.Length)..].Trim().TrimEnd(':');
        if (writerPart.Length == 0 || parentPart.Length == 0 || !Words.LooksLikeName(writerPart) || !Words.LooksLikeName(parentPart))
        {
            return false;
        }

        writer = Whitespace.Collapse(writerPart.ToString());
        parent = Whitespace.Collapse(parentPart.ToString());
        return true;
    }
}
