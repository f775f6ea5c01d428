using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// The same page as a German, French, Spanish, Italian, Brazilian Portuguese or Dutch site prints its furniture must split the same. A site's template
/// translates the buttons ("Antworten", "Missbrauch melden", "Signaler un abus", "Denunciar este comentario"), the thread's
/// headings and forms ("3 Kommentare", "Laisser un commentaire", "3 respuestas a «…»"), the footer's links, the byline's
/// label and the dates ("24. September 2013 um 22:42 Uhr"); the article and the comments stay as the writers wrote them.
/// Each labelled text page is rewritten so, only on lines that are furniture by its label, and parsed again: every field
/// must come out the same.
/// </summary>
public partial class LanguageVariantTests
{
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    [Theory]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("it")]
    [InlineData("pt")]
    [InlineData("nl")]
    public void Every_labelled_text_page_splits_the_same_with_its_furniture_in_another_language(string language)
    {
        var forms = FormsOf(language);
        var (pages, touched, differing) = SplitEachPage(".txt", (path, text) => Rewrite(text, LabelStrings(path), forms));

        Assert.True(touched > pages / 2, $"only {touched} of {pages} pages had furniture to translate");
        Assert.True(differing.Count == 0, $"{differing.Count} pages split differently:\n" + string.Join('\n', differing.Take(20)));
    }

    /// <summary>
    /// The same for the HTML pages: a text node that is all furniture (a button's label, a thread's heading, a footer link,
    /// a byline, a date) is translated. A page in a legacy encoding is left out: its bytes are not UTF-8 text to rewrite.
    /// </summary>
    [Theory]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("it")]
    [InlineData("pt")]
    [InlineData("nl")]
    public void Every_labelled_html_page_splits_the_same_with_its_furniture_in_another_language(string language)
    {
        var forms = FormsOf(language);
        var (pages, touched, differing) = SplitEachPage(".html", (path, text) => RewriteHtml(text, LabelStrings(path), forms));

        Assert.True(touched > pages / 2, $"only {touched} of {pages} pages had furniture to translate");
        Assert.True(differing.Count == 0, $"{differing.Count} pages split differently:\n" + string.Join('\n', differing.Take(20)));
    }

    /// <summary>
    /// The same page with its WordPress comment furniture translated too: the header's verb ("Ann Rowley says:" →
    /// "Ann Rowley sagt:", "Ann Rowley dit :", "dice:", "diz:", "zegt:", as WordPress's translations print it) and the
    /// footer's date and buttons ("September 27, 2013 at 3:02 pm | Reply" → "27. September 2013 um 15:02 Uhr | Antworten").
    /// </summary>
    [Theory]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("it")]
    [InlineData("pt")]
    [InlineData("nl")]
    public void Every_labelled_text_page_splits_the_same_with_its_comment_headers_and_footers_in_another_language(string language)
    {
        var forms = FormsOf(language);
        // Counted only where the comment furniture adds to what the furniture rewrite changes.
        var (_, touched, differing) = SplitEachPage(".txt", (path, text) =>
        {
            var labels = LabelStrings(path);
            var variant = Rewrite(text, labels, forms, language);
            return variant == Rewrite(text, labels, forms) ? text : variant;
        });

        Assert.True(touched >= 20, $"only {touched} pages had comment headers or footers to translate");
        Assert.True(differing.Count == 0, $"{differing.Count} pages split differently:\n" + string.Join('\n', differing.Take(20)));
    }

    /// <summary>Every labelled page of the kind in UTF-8 rewritten, and both parsed: the pages, those the rewrite changed, and those that split differently.</summary>
    private static (int Pages, int Touched, List<string> Differing) SplitEachPage(string extension, Func<string, string, string> rewrite)
    {
        var pages = LabelledPages.All().Where(path => path.EndsWith(extension, StringComparison.Ordinal)).ToList();
        var (touched, differing) = VariantSplits.Compare(pages.Where(path => TryReadUtf8(path, out _)), rewrite);
        return (pages.Count, touched, differing);
    }

    private static bool TryReadUtf8(string path, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(File.ReadAllBytes(path));
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string RewriteHtml(string html, IReadOnlyCollection<string> labels, LanguageForms forms) =>
        TextNode().Replace(html, node =>
        {
            var text = node.Groups["text"].Value;
            return IsLabelled(Collapse(text), labels) || Translate(text, forms) is not { } translated
                ? node.Value
                : ">" + node.Groups["lead"].Value + translated + node.Groups["trail"].Value + "<";
        });

    [Fact]
    public void Comment_headers_and_footers_are_translated_for_the_labels_authors_only()
    {
        var german = FormsOf("de");
        string[] labels = ["Ann Rowley", "The mayor says: no"];

        Assert.Equal("Ann Rowley sagt:", RewriteLine("Ann Rowley says:", german, labels, "de"));
        Assert.Equal("Ann Rowley dit :", RewriteLine("Ann Rowley says:", FormsOf("fr"), labels, "fr"));
        Assert.Equal("    27. September 2013 um 15:02 Uhr | Antworten", RewriteLine("    September 27, 2013 at 3:02 pm | Reply", german, labels, "de"));
        Assert.Equal("27 september 2013 om 15:02 | Reageer | Meld misbruik", RewriteLine("September 27, 2013 at 3:02 pm | Reply | Report abuse", FormsOf("nl"), labels, "nl"));
        // Not an author of the page: a line of text that happens to end so.
        Assert.Equal("Everyone says:", RewriteLine("Everyone says:", german, labels, "de"));
        // A footer with a button the forms do not know stays as printed.
        Assert.Equal("September 27, 2013 at 3:02 pm | Quote", RewriteLine("September 27, 2013 at 3:02 pm | Quote", german, labels, "de"));
    }

    [Fact]
    public void Furniture_is_translated_and_the_labels_strings_are_not()
    {
        var german = FormsOf("de");
        string[] labels = ["Reply"];

        Assert.Equal("  • Missbrauch melden", RewriteLine("  • Report abuse", german, labels));
        Assert.Equal("3 Kommentare", RewriteLine("3 Comments", german, labels));
        Assert.Equal("Von Dana Whitcomb", RewriteLine("By Dana Whitcomb", german, labels));
        Assert.Equal("24. September 2013 um 22:42 Uhr", RewriteLine("September 24, 2013 at 10:42 pm", german, labels));
        Assert.Equal("3 réponses à « Bridge reopens »", RewriteLine("3 Responses to “Bridge reopens”", FormsOf("fr"), labels));
        // A reader who wrote only "Reply" wrote a comment, not a button.
        Assert.Equal("Reply", RewriteLine("Reply", german, labels));
    }

    /// <summary>The page with its furniture translated, and its comment headers and footers too when a language for them is given.</summary>
    private static string Rewrite(string text, IReadOnlyCollection<string> labels, LanguageForms forms, string? commentLanguage = null)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        return string.Join(newline, text.Split(newline).Select(line => RewriteLine(line, forms, labels, commentLanguage)));
    }

    private static string RewriteLine(string line, LanguageForms forms, IReadOnlyCollection<string> labels, string? commentLanguage = null)
    {
        var collapsed = Collapse(line);
        if (IsLabelled(collapsed, labels))
        {
            return line;
        }

        var parts = LineParts().Match(line);
        var (lead, body, trail) = (parts.Groups["lead"].Value, parts.Groups["body"].Value, parts.Groups["trail"].Value);
        var comment = commentLanguage is null ? null : TranslateCommentLine(body, forms, labels, commentLanguage);
        return lead + (comment ?? Translate(body, forms) ?? body) + trail;
    }

    /// <summary>WordPress's comment header verb in each language ("%s says:" in its translations).</summary>
    private static string HeaderVerbOf(string language) => language switch
    {
        "de" => "sagt:",
        "fr" => "dit :",
        "es" or "it" => "dice:",
        "pt" => "diz:",
        "nl" => "zegt:",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "no header verb for this language"),
    };

    /// <summary>"Ann Rowley says:" (an author of the page's label) and "September 27, 2013 at 3:02 pm | Reply | Report abuse".</summary>
    private static string? TranslateCommentLine(string body, LanguageForms forms, IReadOnlyCollection<string> labels, string language)
    {
        if (body.EndsWith(" says:", StringComparison.Ordinal) && labels.Contains(Collapse(body[..^" says:".Length])))
        {
            return body[..^"says:".Length] + HeaderVerbOf(language);
        }

        var cells = body.Split(" | ");
        if (cells.Length < 2 || !DateAtClockLine().IsMatch(cells[0]))
        {
            return null;
        }

        var translated = new List<string> { Translate(cells[0], forms)! };
        foreach (var cell in cells.Skip(1))
        {
            if (!forms.Lines.TryGetValue(cell, out var button))
            {
                return null;
            }

            translated.Add(button);
        }

        return string.Join(" | ", translated);
    }

    private static string? Translate(string body, LanguageForms forms)
    {
        if (forms.Lines.TryGetValue(body, out var line))
        {
            return line;
        }

        if (CountLine().Match(body) is { Success: true } count)
        {
            return string.Format(forms.Count, count.Groups[1].Value);
        }

        if (BracketedCountLine().Match(body) is { Success: true } bracketed)
        {
            return string.Format(forms.BracketedCount, bracketed.Groups[1].Value);
        }

        if (ResponsesToLine().Match(body) is { Success: true } responses)
        {
            return string.Format(forms.ResponsesTo, responses.Groups[1].Value, responses.Groups[2].Value);
        }

        if (BylineLine().Match(body) is { Success: true } byline)
        {
            return string.Format(forms.Byline, byline.Groups[1].Value);
        }

        if (DateAtClockLine().Match(body) is { Success: true } stamp)
        {
            var hour = int.Parse(stamp.Groups["h"].Value) % 12 + (char.ToLowerInvariant(stamp.Groups["half"].Value[0]) == 'p' ? 12 : 0);
            return string.Format(forms.DateAtClock, stamp.Groups["d"].Value, MonthOf(stamp, forms), stamp.Groups["y"].Value, hour, stamp.Groups["m"].Value);
        }

        return DateLine().Match(body) is { Success: true } date
            ? string.Format(forms.Date, date.Groups["d"].Value, MonthOf(date, forms), date.Groups["y"].Value)
            : null;
    }

    private static string MonthOf(Match match, LanguageForms forms) => forms.Months[Array.IndexOf(EnglishMonths, match.Groups["month"].Value)];

    private static List<string> LabelStrings(string pagePath)
    {
        var strings = new List<string>();
        Collect(JsonNode.Parse(File.ReadAllText(LabelledPages.ExpectedFor(pagePath))), strings);
        return strings;
    }

    private static void Collect(JsonNode? node, List<string> strings)
    {
        switch (node)
        {
            case JsonObject item:
                item.Select(field => field.Value).ToList().ForEach(value => Collect(value, strings));
                break;
            case JsonArray items:
                items.ToList().ForEach(value => Collect(value, strings));
                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                strings.Add(Collapse(text));
                break;
        }
    }

    /// <summary>Whether the text is one of the label's strings, or stands inside a long one (a sentence of the body).</summary>
    private static bool IsLabelled(string collapsed, IReadOnlyCollection<string> labels) =>
        labels.Any(label => label == collapsed || (label.Length > 40 && label.Contains(collapsed, StringComparison.Ordinal)));

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed record LanguageForms(
        IReadOnlyDictionary<string, string> Lines, string Count, string BracketedCount, string ResponsesTo, string Byline, string[] Months, string DateAtClock, string Date);

    /// <summary>The furniture as each language's sites print it (WordPress's, Disqus's and the Facebook plugin's own translations where they have one).</summary>
    private static LanguageForms FormsOf(string language) => language switch
    {
        "de" => new(
            Lines("Antworten", "Teilen", "E-Mail", "Drucken", "Kommentare", "Abonnieren", "Antworten Missbrauch melden", "Anzeige", "Antworten • Teilen ›",
                "Missbrauch melden", "Weitere Kommentare laden", "Teilen ›", "Kommentar schreiben", "Meistgelesen", "Melden", "Kommentieren", "Gefällt mir", "Anmelden",
                "Kommentar hinzufügen ...", "Beteilige dich an der Diskussion…", "Diesen Kommentar melden", "Gefällt mir Antworten", "Mehr zum Thema",
                "Schreibe einen Kommentar", "Antworten Melden", "Meistgelesen", "Kommentar verfassen", "Datenschutz", "Nutzungsbedingungen",
                "Anmelden, um zu antworten", "Hinterlasse einen Kommentar", "Gefällt mir · Antworten", "Mehr laden", "Weitere Kommentare anzeigen", "Melden",
                "Auch auf Facebook posten", "Loslegen", "Kontakt", "Über uns"),
            "{0} Kommentare", "Kommentare ({0})", "{0} Antworten auf „{1}“", "Von {0}",
            ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
            "{0}. {1} {2} um {3:00}:{4} Uhr", "{0}. {1} {2}"),
        "fr" => new(
            Lines("Répondre", "Partager", "E-mail", "Imprimer", "Commentaires", "S'abonner", "Répondre Signaler un abus", "Publicité", "Répondre • Partager ›",
                "Signaler un abus", "Charger plus de commentaires", "Partager ›", "Poster un commentaire", "Les plus populaires", "Signaler", "Commenter", "J'aime",
                "Se connecter", "Ajouter un commentaire...", "Rejoindre la discussion…", "Signaler ce commentaire", "J'aime Répondre", "À lire aussi",
                "Laisser un commentaire", "Répondre Signaler", "Les plus lus", "Ajoutez votre commentaire", "Politique de confidentialité", "Conditions d'utilisation",
                "Connectez-vous pour répondre", "Laisser un commentaire", "J'aime · Répondre", "Charger plus", "Afficher plus de commentaires", "Signaler",
                "Publier aussi sur Facebook", "Commencer", "Nous contacter", "Qui sommes-nous"),
            "{0} commentaires", "Commentaires ({0})", "{0} réponses à « {1} »", "Par {0}",
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            "{0} {1} {2} à {3}h{4}", "{0} {1} {2}"),
        "es" => new(
            Lines("Responder", "Compartir", "Correo", "Imprimir", "Comentarios", "Suscríbete", "Responder Denunciar abuso", "Publicidad", "Responder • Compartir ›",
                "Denunciar abuso", "Cargar más comentarios", "Compartir ›", "Publicar un comentario", "Lo más visto", "Denunciar", "Comentar", "Me gusta",
                "Iniciar sesión", "Añade un comentario...", "Únete a la discusión…", "Denunciar este comentario", "Me gusta Responder", "Noticias relacionadas",
                "Deja una respuesta", "Responder Denunciar", "Lo más leído", "Escribe tu comentario", "Política de privacidad", "Términos de uso",
                "Inicia sesión para responder", "Deja un comentario", "Me gusta · Responder", "Cargar más", "Mostrar más comentarios", "Denunciar",
                "Publicar también en Facebook", "Empezar", "Contacto", "Quiénes somos"),
            "{0} comentarios", "Comentarios ({0})", "{0} respuestas a «{1}»", "Por {0}",
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            "{0} de {1} de {2}, {3}:{4}", "{0} de {1} de {2}"),
        "it" => new(
            Lines("Rispondi", "Condividi", "E-mail", "Stampa", "Commenti", "Iscriviti", "Rispondi Segnala un abuso", "Pubblicità", "Rispondi • Condividi ›",
                "Segnala un abuso", "Carica altri commenti", "Condividi ›", "Pubblica un commento", "I più popolari", "Segnala", "Commenta", "Mi piace",
                "Accedi", "Aggiungi un commento...", "Partecipa alla discussione…", "Segnala questo commento", "Mi piace Rispondi", "Articoli correlati",
                "Lascia un commento", "Rispondi Segnala", "I più letti", "Aggiungi il tuo commento", "Informativa sulla privacy", "Termini di utilizzo",
                "Accedi per rispondere", "Lascia un commento", "Mi piace · Rispondi", "Carica altri", "Mostra altri commenti", "Segnala",
                "Pubblica anche su Facebook", "Inizia", "Contattaci", "Chi siamo"),
            "{0} commenti", "Commenti ({0})", "{0} risposte a “{1}”", "Di {0}",
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            "{0} {1} {2} alle {3:00}:{4}", "{0} {1} {2}"),
        "pt" => new(
            Lines("Responder", "Compartilhar", "E-mail", "Imprimir", "Comentários", "Inscrever-se", "Responder Denunciar abuso", "Publicidade", "Responder • Compartilhar ›",
                "Denunciar abuso", "Carregar mais comentários", "Compartilhar ›", "Postar um comentário", "Mais populares", "Denunciar", "Comentar", "Curtir",
                "Entrar", "Adicione um comentário...", "Participe da discussão…", "Denunciar este comentário", "Curtir Responder", "Notícias relacionadas",
                "Deixe uma resposta", "Responder Denunciar", "Mais lidas", "Adicione seu comentário", "Política de privacidade", "Termos de uso",
                "Faça login para responder", "Deixe um comentário", "Curtir · Responder", "Carregar mais", "Mostrar mais comentários", "Denunciar",
                "Publicar também no Facebook", "Começar", "Fale conosco", "Quem somos"),
            "{0} comentários", "Comentários ({0})", "{0} respostas para “{1}”", "Por {0}",
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            "{0} de {1} de {2} às {3:00}:{4}", "{0} de {1} de {2}"),
        "nl" => new(
            Lines("Reageer", "Delen", "E-mail", "Afdrukken", "Reacties", "Abonneren", "Reageer Meld misbruik", "Advertentie", "Reageer • Delen ›",
                "Meld misbruik", "Meer reacties laden", "Delen ›", "Plaats een reactie", "Meest populair", "Melden", "Reageren", "Vind ik leuk",
                "Inloggen", "Voeg een reactie toe...", "Neem deel aan de discussie…", "Meld deze reactie", "Vind ik leuk Reageer", "Gerelateerde artikelen",
                "Geef een reactie", "Reageer Melden", "Meest gelezen", "Voeg je reactie toe", "Privacybeleid", "Gebruiksvoorwaarden",
                "Log in om te reageren", "Laat een reactie achter", "Vind ik leuk · Reageer", "Meer laden", "Toon meer reacties", "Melden",
                "Ook op Facebook plaatsen", "Aan de slag", "Contact", "Over ons"),
            "{0} reacties", "Reacties ({0})", "{0} reacties op “{1}”", "Door {0}",
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            "{0} {1} {2} om {3:00}:{4}", "{0} {1} {2}"),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "no forms for this language"),
    };

    /// <summary>The English furniture lines the corpus prints most, in the order <see cref="FormsOf"/> gives their translations.</summary>
    private static readonly string[] EnglishLines =
    [
        "Reply", "Share", "Email", "Print", "Comments", "Subscribe", "Reply Report Abuse", "Advertisement", "Reply • Share ›",
        "Report abuse", "Load more comments", "Share ›", "Post a comment", "Most Popular", "Report", "Comment", "Like", "Sign in",
        "Add a comment...", "Join the discussion…", "Report this comment", "Like Reply", "Related Stories",
        "Leave a Reply", "Reply Report", "Most Read", "Add your comment", "Privacy Policy", "Terms of Use",
        "Log in to Reply", "Leave a Comment", "Like · Reply", "Load more", "Show more comments", "Flag",
        "Also post on Facebook", "Get started", "Contact Us", "About Us",
    ];

    private static Dictionary<string, string> Lines(params string[] translations) =>
        EnglishLines.Zip(translations).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);

    /// <summary>A text node between two tags, its spacing apart.</summary>
    [GeneratedRegex(@">(?<lead>\s*)(?<text>[^<>]{1,80}?)(?<trail>\s*)<")]
    private static partial Regex TextNode();

    /// <summary>A line's indentation and list marker, its text, and its trailing spaces.</summary>
    [GeneratedRegex(@"^(?<lead>\s*(?:[•*◦▪-]\s+|\d+\.\s+)?)(?<body>.*?)(?<trail>\s*)$")]
    private static partial Regex LineParts();

    [GeneratedRegex(@"^(\d+) (?:Comments|Responses|Replies)$")]
    private static partial Regex CountLine();

    [GeneratedRegex(@"^Comments \((\d+)\)$")]
    private static partial Regex BracketedCountLine();

    [GeneratedRegex(@"^(\d+) (?:Responses|Comments|Thoughts) (?:to|on) [“""](.+)[”""]$")]
    private static partial Regex ResponsesToLine();

    [GeneratedRegex(@"^By ([A-Z][a-z]+(?: [A-Z][a-z.]+){1,2})$")]
    private static partial Regex BylineLine();

    [GeneratedRegex(@"^(?<month>January|February|March|April|May|June|July|August|September|October|November|December) (?<d>\d{1,2}), (?<y>\d{4}) at (?<h>\d{1,2}):(?<m>\d\d) ?(?<half>am|pm|AM|PM|a\.m\.|p\.m\.)$")]
    private static partial Regex DateAtClockLine();

    [GeneratedRegex(@"^(?<month>January|February|March|April|May|June|July|August|September|October|November|December) (?<d>\d{1,2}), (?<y>\d{4})$")]
    private static partial Regex DateLine();
}
