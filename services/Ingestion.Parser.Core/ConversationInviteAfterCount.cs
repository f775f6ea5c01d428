namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="#comments"&gt;&lt;span class="commentcount"&gt;0&lt;/span&gt; &lt;span&gt;comments&lt;/span&gt; &lt;span&gt;Join the
/// conversation&lt;/span&gt;&lt;/a&gt;": a count link under the text closes with the invitation to the thread it opens; the
/// invitation is no part of the count. Only a fixed invitation after a count noun is cut.
/// </summary>
internal static class ConversationInviteAfterCount
{
    private static readonly string[] Invitations = [" Join the conversation", " Join the discussion", " Join the debate", " Add a comment", " Leave a comment"];

    private static readonly string[] CountNouns = [" comments", " comment", " responses", " response"];

    /// <summary>The count before the invitation, or null when the line ends with none.</summary>
    public static string? Without(string line)
    {
        var text = line.AsSpan().TrimEnd();
        foreach (var invitation in Invitations)
        {
            if (!text.EndsWith(invitation, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var count = text[..^invitation.Length].TrimEnd();
            foreach (var noun in CountNouns)
            {
                if (count.EndsWith(noun, StringComparison.OrdinalIgnoreCase))
                {
                    return count.ToString();
                }
            }
        }

        return null;
    }
}
