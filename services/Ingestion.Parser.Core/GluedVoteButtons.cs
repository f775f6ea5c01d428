namespace Ingestion.Parser.Core;

/// <summary>
/// "Ruth CallowayMay 14, 2021 at 11:02 AMVote up3Vote down": a comment widget (Remark42 and its like) sets its vote
/// buttons and their tallies in the comment's header row, as spans with no space between them, so a text rendering runs
/// them into the time. The time then reads as no time and the header as no header, and the whole thread is lost. A run
/// of two or more vote buttons, each with or without its tally, ending the header is no part of its time.
/// </summary>
internal static class GluedVoteButtons
{
    /// <summary>The buttons such rows print; "Dislike" is tried before the "Like" it ends with.</summary>
    private static readonly string[] Buttons = ["Vote up", "Vote down", "Upvote", "Downvote", "Dislike", "Like"];

    /// <summary>The text without the run of vote buttons ending it, or the text itself when fewer than two end it.</summary>
    public static ReadOnlySpan<char> Without(ReadOnlySpan<char> text)
    {
        var rest = text.TrimEnd();
        var buttons = 0;
        while (true)
        {
            var untallied = rest.TrimEnd("0123456789+-−").TrimEnd();
            var button = EndingButton(untallied);
            if (button == 0)
            {
                break;
            }

            rest = untallied[..^button].TrimEnd();
            buttons++;
        }

        return buttons >= 2 && rest.Length > 0 ? rest : text;
    }

    private static int EndingButton(ReadOnlySpan<char> text)
    {
        foreach (var button in Buttons)
        {
            if (text.EndsWith(button, StringComparison.OrdinalIgnoreCase))
            {
                return button.Length;
            }
        }

        return 0;
    }
}
