namespace Ingestion.Parser.Core;

/// <summary>
/// "© Pierre Dupont" alone under a caption: French, Belgian and Swiss papers credit a freelance photographer so, the sign
/// standing for "photo". A site's copyright line names a company or the site itself, with a year or "all rights
/// reserved" ("© La Voix de Bruxelles 2013. Tous droits réservés."); a person's name of two or three words and nothing
/// else holds no page's copyright. A name that opens with an article ("© Le Soir", "© The Chronicle") or holds a word a
/// company or paper is named with ("© Meridian Media") stays a footer, unless the article is a surname's particle before
/// a word that names no paper ("© Le Gall", "© De Smet": <see cref="SurnameParticle"/>). German papers add the agency
/// after a slash ("© Winfried Rothermel / picture alliance", <see cref="AgencySlashCredit"/>).
/// </summary>
internal static class PhotographerCopyright
{
    private const int MaxLength = 40;

    /// <summary>The articles a paper's name opens with, in the languages whose papers print "© Name" credits.</summary>
    private static readonly WordSet Articles = new(["the", "le", "la", "les", "l", "el", "los", "las", "il", "lo", "der", "die", "das", "de", "het", "o", "a", "os", "as"]);

    /// <summary>Words that name a company, a paper or a site rather than a person.</summary>
    private static readonly WordSet OrganisationWords = new(
    [
        "media", "médias", "medien", "news", "press", "presse", "group", "groupe", "gruppe", "verlag", "éditions", "editions", "edizioni",
        "publishing", "publications", "inc", "ltd", "llc", "gmbh", "ag", "sa", "sas", "sarl", "srl", "bv", "nv", "corp", "company", "online",
        "digital", "tv", "radio", "images", "photos", "pictures", "studio", "agency", "agence", "archives", "archive", "zeitung",
        "times", "post", "journal", "herald", "tribune", "gazette", "courier", "chronicle", "daily", "soir", "matin", "info", "infos",
        // A rights notice in two words: "© RIPRODUZIONE RISERVATA" (Italian dailies), "© Tous droits", "© All rights".
        "riproduzione", "riservata", "rights", "reserved", "droits", "réservés", "derechos", "reservados", "vorbehalten", "copyright",
    ]);

    public static bool Is(ReadOnlySpan<char> text)
    {
        // The first character and the length turn down nearly every line.
        if (text.Length < 6 || text[0] != '©')
        {
            return false;
        }

        // "© Winfried Rothermel / picture alliance": the photographer and the agency that sells the picture.
        if (text.Contains('/') && AgencySlashCredit.Is(text[1..]))
        {
            return true;
        }

        if (text.Length > MaxLength)
        {
            return false;
        }

        var name = text[1..].Trim();
        if (name.ContainsAnyInRange('0', '9') || !BylineParser.IsWritersName(name.ToString()) || Words.CountUpTo(name, 4) is not (2 or 3))
        {
            return false;
        }

        // "© Le Gall", "© De Smet": a particle and a surname, no article and a paper's name (SurnameParticle).
        var particleSurname = name.IndexOf(' ') is > 0 and var space && name[(space + 1)..].Trim() is var rest && rest.IndexOf(' ') < 0
            && SurnameParticle.IsSurname(name[..space], rest.TrimEnd('.'));
        var first = true;
        foreach (var range in name.Split(' '))
        {
            var word = name[range].TrimEnd('.');
            if (word.IsEmpty)
            {
                continue;
            }

            if ((first && !particleSurname && Articles.Contains(word.TrimEnd('\''))) || OrganisationWords.Contains(word))
            {
                return false;
            }

            first = false;
        }

        return true;
    }
}
