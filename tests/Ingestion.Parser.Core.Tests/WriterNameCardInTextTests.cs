using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WriterNameCardInTextTests
{
    private const string Page = """
        <html lang="fr"><head><title>Les vergers du plateau attendent la pluie</title>
        <meta property="article:author" content="Lucie Vanderhaegen"></head><body>
        <article><h1>Les vergers du plateau attendent la pluie</h1>
        <div class="article-body">
        <p>Les arboriculteurs du plateau comptent les jours sans pluie depuis le début du mois de mars, et les bourgeons des pommiers sèchent déjà sur les branches.</p>
        <p>La chambre d’agriculture prévoit une récolte inférieure d’un tiers à celle de l’an dernier si le temps ne change pas avant la fin du mois.</p>
        <section class="author"><p><span class="author__detail"><span class="author__name">Lucie Vanderhaegen</span> <span class="author__desc">(Clermont-Ferrand, correspondante)</span></span></p></section>
        </div></article></body></html>
        """;

    [Fact]
    public void The_writers_card_under_the_text_is_no_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "vergers.html");
        Assert.Equal(["Lucie Vanderhaegen"], page.Authors);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("La chambre", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    private static ParsedPage TitledCardPage(string cardName) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="de"><head><title>Die Nachtfähre bleibt im Fahrplan</title><meta name="author" content="Maren Holloway"></head><body>
        <article><h1>Die Nachtfähre bleibt im Fahrplan</h1><span class="byline">Von <a href="/maren-holloway/" rel="author">Maren Holloway</a></span>
        <div class="entry-content">
        <p>Die Hafenverwaltung hat am Montag beschlossen, die letzte Überfahrt der Nachtfähre auch im Winter um halb zwölf fahren zu lassen.</p>
        <p>Schichtarbeiter vom Containerterminal hatten um die späte Fähre gebeten, sagte die Vorsitzende nach der Abstimmung.</p>
        <p>Im März will die Verwaltung die Zahlen erneut prüfen, wenn der Frühjahrsfahrplan aufgestellt wird.</p>
        <div class="code-block"><div class="author-box"><div class="author-header"><div class="avatar"><img alt="" src="/avatar.jpg"></div>
        <div class="author-info"><h5 class="author-title" itemprop="author" itemscope itemtype="http://schema.org/Person">{{cardName}}</h5></div></div>
        <div class="author-summary"><p class="author-description">{{cardName}} entdeckte früh ihre Liebe zu Schiffen und studierte Meereskunde in Kiel. Seit 2016 schreibt sie über den Hafen.</p></div>
        <div class="author-email"><span>E-Mail: redaktion@hafen.example</span></div>
        <div class="more-about-author"><a href="/maren-holloway/" class="more-about-author-link">Mehr über die Autorin erfahren</a></div></div></div>
        </div></article></body></html>
        """), "nachtfaehre.html");

    [Fact]
    public void An_author_box_headed_by_the_writers_name_goes_whole_with_the_biography()
    {
        var page = TitledCardPage("Maren Holloway");
        Assert.Equal(["Maren Holloway"], page.Authors);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("Im März", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_author_titled_box_naming_someone_else_stays()
    {
        var page = TitledCardPage("Jonte Albers");
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("Jonte Albers entdeckte", StringComparison.Ordinal));
    }
}
