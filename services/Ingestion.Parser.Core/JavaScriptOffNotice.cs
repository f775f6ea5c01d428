using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Avertissement : Veuillez réactiver les fonctions javascript de votre navigateur afin de profiter d'une expérience
/// complète.", "Please enable JavaScript in your browser to view this site.", "Zur optimalen Darstellung von Osthessen|News
/// wird Javascript benötigt.": a site's noscript banner, which a text
/// browser or a scraper without scripts prints as the page's first lines. It speaks to the reader about the reader's
/// browser and is no headline and no text. Known by "JavaScript", a verb asking to switch it on, and words addressing the
/// reader, or by "JavaScript", a word saying it is needed and one naming the site or its display, or by "JavaScript", a
/// word saying it is off and words addressing the reader (Magento's "JavaScript seems to be disabled in your browser."),
/// so a tech story's "Browsers let users enable JavaScript per site." and "The app requires JavaScript." stay.
/// </summary>
internal static class JavaScriptOffNotice
{
    private const int LongestNotice = 200;

    private static readonly SearchValues<string> JavaScript = SearchValues.Create(["javascript"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> SwitchOn = SearchValues.Create(
        ["enable", "turn on", "switch on", "activer", "activez", "aktivieren", "habilita", "habilite", "active", "attiva", "ative", "inschakelen"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> AddressingReader = SearchValues.Create(
        ["your browser", "please", "votre navigateur", "veuillez", "ihrem browser", "ihren browser", "bitte", "su navegador", "tu navegador", "por favor",
         "il tuo browser", "per favore", "seu navegador", "uw browser"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> Needed = SearchValues.Create(
        ["is required", "requires", "is needed", "benötigt", "erforderlich", "est nécessaire", "est requis", "es necesario", "è necessario", "è richiesto"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> SiteOrDisplay = SearchValues.Create(
        ["this site", "this website", "this page", "darstellung", "diese seite", "dieser seite", "website", "ce site", "este sitio", "questo sito"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> SwitchedOff = SearchValues.Create(
        ["disabled", "turned off", "switched off", "deaktiviert", "ausgeschaltet", "désactivé", "desactivado", "disattivato", "desativado", "uitgeschakeld"],
        StringComparison.OrdinalIgnoreCase);

    public static bool Is(ReadOnlySpan<char> text) =>
        text.Length is > 15 and <= LongestNotice && text.ContainsAny(JavaScript)
        && (((text.ContainsAny(SwitchOn) || text.ContainsAny(SwitchedOff)) && text.ContainsAny(AddressingReader)) || (text.ContainsAny(Needed) && text.ContainsAny(SiteOrDisplay)));
}
