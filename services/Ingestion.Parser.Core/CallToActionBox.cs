namespace Ingestion.Parser.Core;

/// <summary>
/// "Support local journalism" / "Your subscription makes stories like this possible. …" / "Subscribe", and "Get the
/// Dispatch by email" / "One message a week, every Friday morning." / "Sign Up": a subscription, donation or newsletter
/// box set between a story's paragraphs, its heading, a line or a few of pitch, and a lone button. A browser's text copy
/// gives each part a paragraph of its own, so the box reads like a crosshead over a short paragraph. The button tells
/// it: a story's own paragraph is never followed by a line that is only "Subscribe" or "Donate now".
/// </summary>
internal static class CallToActionBox
{
    private const int MaxHeadingLength = 60;
    private const int MaxHeadingWords = 6;

    /// <summary>The pitch's lines, and a donation form's amounts and periods ("One-timeMonthlyAnnually", "$7$15$30Other").</summary>
    private const int MaxLinesBetween = 4;

    private const int MaxPitchLength = 200;

    internal static readonly WordSet Buttons = new(
        "subscribe", "subscribe now", "subscribe today", "sign up", "sign me up", "sign up now", "donate", "donate now", "donate today",
        "give now", "give today", "join", "join now", "join us", "join today", "see offers", "view offers", "become a member", "support us",
        // A German non-profit newsroom's appeal under its text: "Jetzt unterstützen!", "Jetzt spenden!".
        "jetzt unterstützen", "jetzt spenden", "jetzt abonnieren", "jetzt mitglied werden", "unterstützen sie uns");

    /// <summary>The button's line when a box's heading stands at <paramref name="index"/>, or -1.</summary>
    public static int End(PageLines lines, int index, int end)
    {
        var heading = lines[index].Text.AsSpan().Trim();
        if (heading.Length is 0 or > MaxHeadingLength || !char.IsUpper(heading[0]) || Words.EndsSentence(heading) || heading.Contains(':')
            // The heading is set apart: a short line right under another ("Behavioral health" in a topic list) is a list's item.
            || (index > 0 && !lines[index - 1].IsBlank)
            || Words.CountUpTo(heading, MaxHeadingWords + 1) > MaxHeadingWords || Buttons.Contains(heading)
            // "Advertisement" over a paragraph of the text and then a box: the ad's label heads no box of its own.
            || lines.IsBoilerplate(index))
        {
            return -1;
        }

        var between = 0;
        for (var line = lines.NextNonBlank(index, end); line < end; line = lines.NextNonBlank(line, end))
        {
            var text = lines[line].Text.AsSpan().Trim();
            if (Buttons.Contains(text.TrimEnd(" »›→")))
            {
                return between > 0 ? line : -1;
            }

            // The pitch opens the box with a sentence ("One message a week, every Friday morning."): a tag list or a
            // related list under its label ("Topics" / "Health care" / "Alder County") is no pitch.
            if (++between > MaxLinesBetween || text.Length > MaxPitchLength || (between == 1 && !Words.EndsSentence(text)))
            {
                return -1;
            }
        }

        return -1;
    }
}
