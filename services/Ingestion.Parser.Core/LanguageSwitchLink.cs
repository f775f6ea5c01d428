namespace Ingestion.Parser.Core;

/// <summary>
/// "EN ESPANOL", "En español", "Français", "Deutsch": the header's link to the site in another language, named in that
/// language, which a text browser prints on a line of its own over the logo. A language names no site.
/// </summary>
internal static class LanguageSwitchLink
{
    private static readonly WordSet Links = new(
        "en español", "en espanol", "español", "espanol", "in english", "english", "english edition", "en français", "français", "francais",
        "auf deutsch", "deutsch", "italiano", "in italiano", "português", "em português", "nederlands", "polski", "русский", "العربية",
        "中文", "日本語", "한국어", "türkçe", "svenska", "dansk", "norsk", "suomi", "ελληνικά", "català", "en català");

    public static bool Is(string line) => Links.Contains(line.AsSpan().Trim());
}
