namespace Ingestion.Parser.Core;

/// <summary>
/// "© RIPRODUZIONE RISERVATA", "© Todos os direitos reservados", "© Alle rechten voorbehouden": a notice that reserves the
/// rights without naming who holds them; the words are no holder's name, whatever their case.
/// </summary>
internal static class RightsReservedPhrase
{
    private static readonly PrefixSet Phrases = new(
        "all rights reserved", "riproduzione riservata", "tutti i diritti riservati", "todos os direitos reservados",
        "todos los derechos reservados", "tous droits réservés", "alle rechte vorbehalten", "alle rechten voorbehouden",
        "reproduction interdite", "všechna práva vyhrazena", "wszelkie prawa zastrzeżone", "reproducción prohibida", "some rights reserved",
        "minden jog fenntartva", "toate drepturile rezervate", "sva prava pridržana", "kaikki oikeudet pidätetään");

    public static bool Opens(ReadOnlySpan<char> text) => text.Length >= 15 && Phrases.Matches(text);
}
