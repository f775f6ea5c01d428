namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="author" content="株式会社インプレス"&gt;": a Japanese, Chinese or Korean company writes its legal form glued to
/// its name, before or after it ("株式会社…", "…有限公司", "주식회사…"), where a Western one sets "Inc." or "GmbH" apart as a
/// word. A name so marked is the publishing company, no writer.
/// </summary>
internal static class KanjiLegalForm
{
    private static readonly string[] Forms = ["株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "有限公司", "股份公司", "주식회사", "(株)", "（株）", "㈱"];

    public static bool Marks(ReadOnlySpan<char> name)
    {
        var text = name.Trim();
        foreach (var form in Forms)
        {
            if (text.Length > form.Length && (text.StartsWith(form, StringComparison.Ordinal) || text.EndsWith(form, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
