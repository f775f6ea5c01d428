namespace Ingestion.Parser.Core;

/// <summary>
/// "• Privacy Policy • Terms of Use • Copyright" / "DCSIMG": the site's footer links under the text, one to a line as a
/// text browser prints the footer's list, and the alt text of the analytics pixel after them (WebTrends' "DCSIMG", on
/// most big news sites of 2008–2014). Each is a page's name alone on a line, never a paragraph of a story.
/// </summary>
internal static class FooterLinks
{
    private static readonly WordSet Links = new(
    [
        "copyright", "copyright policy", "site map", "sitemap", "site index", "accessibility", "careers", "jobs with us", "work for us",
        "advertise", "advertise with us", "advertising", "media kit", "contact us", "contact", "rss", "rss feeds", "feeds", "corrections",
        "newsroom staff", "our staff", "staff directory", "archives", "help", "faq", "faqs", "terms", "terms of use", "terms of service",
        "privacy", "privacy policy", "cookie policy", "ad choices", "adchoices", "newsletters", "e-edition", "subscriber services",
        "place an ad", "submit a tip", "news tips", "licensing", "reprints and permissions", "apps", "our apps", "mobile apps",
        // A magazine's links to its page-turner copy, in the top bar beside "Subscribe" and "Give a Gift".
        "digital edition", "digital issue", "digital magazine",
        "dcsimg",
        // The same links on German, French and Spanish sites.
        "kontakt", "über uns", "impressum", "datenschutz", "datenschutzerklärung", "nutzungsbedingungen", "agb", "mediadaten",
        "nous contacter", "contactez-nous", "qui sommes-nous", "mentions légales", "politique de confidentialité", "conditions d'utilisation",
        "contacto", "contáctenos", "quiénes somos", "aviso legal", "política de privacidad", "términos de uso",
        // And on Italian, Brazilian and Dutch sites.
        "contattaci", "contatti", "chi siamo", "informativa sulla privacy", "termini di utilizzo", "fale conosco", "quem somos", "política de privacidade",
        "termos de uso", "over ons", "privacybeleid", "gebruiksvoorwaarden", "colofon",
    ]);

    public static bool Is(ReadOnlySpan<char> text) => text.Length <= 30 && Links.Contains(text);
}
