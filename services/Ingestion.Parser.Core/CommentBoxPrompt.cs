namespace Ingestion.Parser.Core;

/// <summary>
/// "Write your comment here" / "Characters remaining (3000)": a comment box's placeholder and its character counter,
/// which a scraper prints between the thread's heading and its first comment. No comment reads so.
/// </summary>
internal static class CommentBoxPrompt
{
    private const int LongestPrompt = 40;

    private static readonly WordSet Placeholders = new(
        ["write your comment here", "type your comment here", "enter your comment here", "your comment here", "write a comment", "add a comment",
         "join the discussion", "start the discussion", "write your comment", "type your comment", "post your comment here",
         // A reply box's button under each thread of a code host's discussions (giscus), closing the thread's replies.
         "write a reply", "add a reply", "write your reply"]);

    private static readonly string[] CounterWords = ["characters remaining", "characters left", "characters max", "maximum characters"];

    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length is 0 or > LongestPrompt)
        {
            return false;
        }

        if (Placeholders.Contains(text.TrimEnd(".…")))
        {
            return true;
        }

        if (!Words.HasDigit(text))
        {
            return false;
        }

        foreach (var words in CounterWords)
        {
            if (text.Contains(words, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
