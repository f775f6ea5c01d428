namespace Ingestion.Parser.Core;

/// <summary>
/// "-- By Jane Roe Follow @janeroe" under a blog post's last paragraph: the sign-off repeats the byline's "By" label, and
/// the follow button the template puts beside the name runs on after it in the same paragraph. Neither is a part of the
/// name; without this the writer read from the foot is "By Jane Roe Follow".
/// </summary>
internal static class LabelledSignOff
{
    private const string FollowButton = " Follow @";

    /// <summary>The sign-off's text (its dash already gone) without a leading "By " and a trailing "Follow @handle".</summary>
    public static ReadOnlySpan<char> Bare(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[3..].TrimStart();
        }

        // The button is the line's last words: "Follow @handle" and nothing after the handle.
        if (text.LastIndexOf(FollowButton, StringComparison.OrdinalIgnoreCase) is > 0 and var button && text[(button + FollowButton.Length)..].IndexOf(' ') < 0)
        {
            text = text[..button].TrimEnd();
        }

        return text;
    }
}
