using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>Czech, Polish and Norwegian labels added in round r-dump2013ay: tags, links, counts, closed notices and placeholders.</summary>
public class CentralNordicFurnitureTests
{
    [Fact]
    public void A_czech_topics_row_gives_the_tags() =>
        Assert.Equal(["Brno", "MHD", "jízdné"], TagLineParser.TryRead("Témata: Brno, MHD, jízdné"));

    [Fact]
    public void A_czech_sentence_about_topics_gives_no_tags() =>
        Assert.Null(TagLineParser.TryRead("Témata, která radnice řeší, jsou doprava a bydlení."));

    [Theory]
    [InlineData("Čtěte také: Brno koupí dvacet nových tramvají")]
    [InlineData("Flere saker")]
    [InlineData("Nejčtenější")]
    public void Link_boxes_are_no_body(string line) =>
        Assert.True(BoilerplateFilter.IsBoilerplate(line) || BoilerplateFilter.IsRelatedHeading(line));

    [Fact]
    public void A_polish_opinions_count_declares_the_thread()
    {
        Assert.Equal(CommentHeadings.Kind.Count, CommentHeadings.Classify("Opinie (7)"));
        Assert.Equal(7, CommentHeadings.DeclaredCount("Opinie (7)"));
    }

    [Fact]
    public void A_sentence_with_opinions_is_no_count() =>
        Assert.Equal(CommentHeadings.Kind.None, CommentHeadings.Classify("Opinie ekspertów były podzielone w 2013 roku."));

    [Theory]
    [InlineData("Diskuse k tomuto článku je uzavřena.")]
    [InlineData("© 2013 Moravské listy a.s. Všechna práva vyhrazena.")]
    public void Czech_closed_and_footer_lines_end_the_page(string line) =>
        Assert.Equal(CommentHeadings.Kind.Footer, CommentHeadings.Classify(line));

    [Fact]
    public void A_polish_removed_placeholder_is_no_comment() =>
        Assert.Equal(CommentLine.Kind.Removed, CommentLine.Classify(PageLines.Of("Ta opinia została usunięta przez moderatora."), 0));
}
