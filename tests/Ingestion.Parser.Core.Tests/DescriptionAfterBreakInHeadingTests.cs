using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DescriptionAfterBreakInHeadingTests
{
    private static string Page(string description) => $"""
        <html lang="de-AT"><head><meta charset="utf-8"><title>Anna Feldner</title>
        <meta property="og:title" content="Neue Radwege für das Land. "><meta property="og:description" content="{description}"></head>
        <body><main><div class="article-details"><div class="article-metadata">12.05.2018</div>
        <h1 class="heading"><strong>Neue Radwege für das Land.</strong><br> Anna Feldner besucht die Baustelle bei Wels.</h1>
        <div class="content"><p>Zwischen den Dörfern entstehen in diesem Sommer zwölf Kilometer neue Radwege, die Gemeinden teilen sich die Kosten.</p>
        <p>Bis zum Herbst sollen die ersten Abschnitte befahrbar sein, danach folgen die Brücken über die beiden Bäche.</p></div></div></main></body></html>
        """;

    [Fact]
    public void The_subtitle_the_description_repeats_is_no_part_of_the_title() =>
        Assert.Equal("Neue Radwege für das Land.", HtmlPageSplitter.Split(Page("Anna Feldner besucht die Baustelle bei Wels.")).Title);

    [Fact]
    public void A_heading_that_goes_on_with_other_words_is_the_title() =>
        Assert.Equal("Neue Radwege für das Land. Anna Feldner besucht die Baustelle bei Wels.",
            HtmlPageSplitter.Split(Page("Zwölf Kilometer entstehen zwischen den Dörfern.")).Title);
}
