using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AudienceCounterTests
{
    [Theory]
    [InlineData("412 people listening", true)]
    [InlineData("1,204 readers viewing", true)]
    [InlineData("12 listening", true)]
    [InlineData("412 people were listening to the speech", false)]
    [InlineData("People listening", false)]
    [InlineData("2013 listening tour", false)]
    [InlineData("Views: 212", true)]
    [InlineData("Aufrufe: 1.204", true)]
    [InlineData("1,234 views", true)]
    [InlineData("Views: mixed, the council said", false)]
    [InlineData("2013 views of the harbour", false)]
    [InlineData("Join 1,204 other followers", true)]
    [InlineData("Join 38 other subscribers", true)]
    [InlineData("Join other followers of the council", false)]
    public void A_widgets_count_of_who_has_the_page_open_is_furniture(string line, bool counter)
    {
        Assert.Equal(counter, AudienceCounter.Is(line));
        Assert.Equal(counter, BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("(Visited 1 times, 39 visits today)", true)]
    [InlineData("(Visited 1,234,567 times, 12,345 visits today)", true)]
    [InlineData("Visited 212 times, 1 visit(s) today", true)]
    [InlineData("Visited 212 times", true)]
    [InlineData("Visited 3 times", true)]
    [InlineData("(Visited the harbour three times, twice today)", false)]
    [InlineData("Visited 3 times, the minister said", false)]
    [InlineData("Visited 12 times by the inspectors last year", false)]
    [InlineData("(Visited 1 times, 39 visits today", false)]
    public void A_wordpress_posts_tally_of_its_visits_is_furniture(string line, bool counter)
    {
        Assert.Equal(counter, AudienceCounter.Is(line));
        Assert.Equal(counter, BoilerplateFilter.IsBoilerplate(line));
    }

    [Fact]
    public void A_visit_tally_under_the_posts_text_leaves_the_body()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Ferry fares to rise in spring</title></head><body>
            <div class="post hentry"><h1>Ferry fares to rise in spring</h1>
            <div class="mainpost"><p>The island ferry company will raise its fares by four per cent in the spring, the harbour board was told on Monday evening.</p>
            <p>Season tickets for islanders keep their price until the autumn, when the board will look at the timetable again.</p>
            <div class="tptn_counter">(Visited 7 times, 2 visits today)</div></div></div></body></html>
            """), "fares.html");
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Visited", StringComparison.Ordinal));
    }
}
