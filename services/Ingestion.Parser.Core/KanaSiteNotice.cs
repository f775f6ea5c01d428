namespace Ingestion.Parser.Core;

/// <summary>
/// "誤字を発見した方はこちらからご連絡ください。" ("found a typo? tell us here"), "…編集部への情報提供はこちらから" ("tips to the
/// newsroom: here"), "記事内の筆者見解は…を代表するものではありません。" ("the writer's views do not represent the site"):
/// the notices a Japanese site prints under every story, after its last paragraph. A line closing the text that asks
/// the reader to get in touch, points "here" to a form, or disclaims the writer's views is the site's, no paragraph.
/// Read only on the body's last lines (HanziStaffLinesUnderText), each a short line.
/// </summary>
internal static class KanaSiteNotice
{
    private const int MaxLength = 80;

    /// <summary>"please contact us", "from here" (a link's pointer), "does not represent", "please understand in advance".</summary>
    private static readonly string[] Markers = ["ご連絡ください", "お問い合わせください", "こちらから", "代表するものではありません", "ご了承ください"];

    public static bool Is(string line)
    {
        if (line.Length > MaxLength)
        {
            return false;
        }

        foreach (var marker in Markers)
        {
            if (line.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
