namespace Ingestion.Parser.Core;

/// <summary>
/// "By Name&lt;a href="#comments"&gt;Leave a comment&lt;/a&gt;": a blog template sets the link to its (empty) thread right
/// after the writer's name in the byline's paragraph, with no space between, so a text dump prints "By Ada ReyesLeave a
/// comment". The invitation, glued to the name or spaced, is the thread's link and no part of the byline; it is cut only
/// from a line that opens with "By", capitalised as a link's label is, and a glued one only after a lower-case letter
/// (the name's last), so a sentence ending in those words is left alone.
/// Cost: a few <c>EndsWith</c> on a line that opens with "By".
/// </summary>
internal static class CommentInviteAfterByline
{
    private static readonly string[] Invitations = ["Leave a comment", "Leave a reply", "Add a comment", "Post a comment", "Be the first to comment"];

    /// <summary>The byline without the invitation that ends it; else the line itself.</summary>
    public static string Without(string line)
    {
        var text = line.AsSpan().TrimEnd();
        if (!text.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            return line;
        }

        foreach (var invitation in Invitations)
        {
            if (!text.EndsWith(invitation, StringComparison.OrdinalIgnoreCase) || text.Length - invitation.Length < 5)
            {
                continue;
            }

            // A link's label is capitalised; a sentence says "… leave a comment" in lower case.
            var before = text[..^invitation.Length];
            return char.IsUpper(text[^invitation.Length]) && (before[^1] == ' ' || char.IsLower(before[^1])) ? before.TrimEnd().ToString() : line;
        }

        return line;
    }
}
