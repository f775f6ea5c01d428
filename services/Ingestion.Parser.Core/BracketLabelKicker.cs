namespace Ingestion.Parser.Core;

/// <summary>
/// "【港のフェリー情報】新ダイヤ、始発が30分早く" in og:title and the document title, "新ダイヤ、始発が30分早く" in the h1 under
/// the series' name printed apart ("&lt;p class="corner-title"&gt;港のフェリー情報&lt;/p&gt;"): Japanese sites lead the sharing title
/// with the column's or series' name in lenticular brackets, a kicker the page prints over the headline. The h1 is the
/// headline; a headline that itself opens with such a label ("【OSS】…" in the h1) keeps it, as the h1 then equals the title.
/// </summary>
internal static class BracketLabelKicker
{
    /// <summary>Whether <paramref name="kicker"/>, the title's part before the shown headline, is one bracketed label and nothing else.</summary>
    public static bool Is(ReadOnlySpan<char> kicker)
    {
        kicker = kicker.Trim();
        return kicker.Length > 2 && kicker[0] == '【' && kicker[^1] == '】' && kicker[1..^1].IndexOfAny('【', '】') < 0;
    }
}
