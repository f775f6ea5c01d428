using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul class="lang-inline"&gt;&lt;li&gt;&lt;a href="…"&gt;&lt;img src="/media/mod_languages/images/de.gif" alt="Deutsch (DE) "&gt;&lt;/a&gt;…":
/// a language switcher in the header draws each language as a flag in a link, the language's own name as its alt text.
/// The first picture in a header link is then a flag, no logo: its alt text names a language ("Deutsch (DE)",
/// "English (UK)", "Français"), or its link says which language it leads to (<c>hreflang</c>). Such a picture names no site.
/// </summary>
internal static class LanguageSwitchFlag
{
    /// <summary>Languages as their own speakers name them, as switchers print them.</summary>
    private static readonly WordSet LanguageNames = new(
    [
        "deutsch", "english", "français", "francais", "italiano", "español", "espanol", "nederlands", "português", "portugues", "polski",
        "dansk", "svenska", "norsk", "suomi", "čeština", "magyar", "türkçe", "română", "hrvatski", "slovenščina", "русский", "українська",
        "ελληνικά", "中文", "日本語", "한국어", "العربية",
    ]);

    public static bool Is(IElement image)
    {
        if (image.Nearest("a")?.HasAttribute("hreflang") == true)
        {
            return true;
        }

        var alt = image.GetAttribute("alt").AsSpan().Trim();
        // "Deutsch (DE)", "English (UK)": the name, and the country's code in brackets after it.
        if (alt.Length > 0 && alt[^1] == ')' && alt.LastIndexOf(" (") is > 0 and var bracket && alt.Length - bracket <= 8)
        {
            alt = alt[..bracket].TrimEnd();
        }

        return LanguageNames.Contains(alt);
    }
}
