namespace Ingestion.Parser.Core;

/// <summary>
/// "Asif Malik (Lahore) replied to Vikram Rao" over the time: a portal that prints its replies flat names the writer, the
/// writer's town, and the commenter answered in the header itself. The writer's part is the name; the part after
/// "replied to" names the parent. Other portals print the verb in the present ("Imran Qureshi (Lahore) replies to
/// Rakesh").
/// </summary>
internal static class RepliedToHeader
{
    private static readonly string[] Joints = [" replied to ", " replies to "];
    private const int MaxLength = 100;

    public static bool TryRead(ReadOnlySpan<char> header, out string writer, out string parent)
    {
        writer = parent = string.Empty;
        var line = header.Trim();
        var at = -1;
        var joint = string.Empty;
        foreach (var candidate in Joints)
        {
            if (line.IndexOf(candidate, StringComparison.OrdinalIgnoreCase) is > 0 and var found)
            {
                (at, joint) = (found, candidate);
                break;
            }
        }

        if (line.Length > MaxLength || at <= 0)
        {
            return false;
        }

        var writerPart = line[..at].Trim();
        var parentPart = line[(at + joint.Length)..].Trim().TrimEnd(':');
        if (writerPart.Length == 0 || parentPart.Length == 0 || !Words.LooksLikeName(writerPart) || !Words.LooksLikeName(parentPart))
        {
            return false;
        }

        writer = Whitespace.Collapse(writerPart.ToString());
        parent = Whitespace.Collapse(parentPart.ToString());
        return true;
    }
}
