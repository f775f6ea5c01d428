namespace Ingestion.Parser.Core;

/// <summary>
/// "-- By Jane Roe Follow @janeroe" under a blog post's last paragraph: the sign-off repeats the byline's "By" label, and
/// the follow button the template puts beside the name runs on after it in the same paragraph. Neither is a part of the
/// name; without this the writer read from the foot is "By Jane Roe Follow".
/// "-- Compiled by Jane Roe" under a roundup of notes (CompiledBySignOff): the label of a writer who gathered the items
/// rather than wrote them is a label all the same, and the line is the same sign-off, no paragraph of the text.
/// </summary>
internal static class LabelledSignOff
{
    private const string FollowButton = " Follow @";

    private const string CompiledLabel = "Compiled by ";

    /// <summary>The sign-off's text (its dash already gone) without a leading "By " and a trailing "Follow @handle".</summary>
    public static ReadOnlySpan<char> Bare(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[3..].TrimStart();
        }
        else if (text.StartsWith(CompiledLabel, StringComparison.OrdinalIgnoreCase))
        {
            text = text[CompiledLabel.Length..].TrimStart();
        }

        // The button is the line's last words: "Follow @handle" and nothing after the handle.
        if (text.LastIndexOf(FollowButton, StringComparison.OrdinalIgnoreCase) is > 0 and var button && text[(button + FollowButton.Length)..].IndexOf(' ') < 0)
        {
            text = text[..button].TrimEnd();
        }

        return text;
    }
}
