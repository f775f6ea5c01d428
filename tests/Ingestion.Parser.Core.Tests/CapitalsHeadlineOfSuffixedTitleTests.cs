using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CapitalsHeadlineOfSuffixedTitleTests
{
    private static ParsedPage Parse(string heading) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Debt Recovery Across Borders | Harbour Law</title>
        <meta property="og:title" content="Debt Recovery Across Borders | Harbour Law"></head><body>
        <div class="itemView"><h1 class="itemTitle">{{heading}}</h1>
        <div class="itemFullText">
        <p>Collecting a claim from a debtor abroad takes a title that the courts of the other country accept, and the steps differ from one country to the next.</p>
        <p>A European order for payment is often the quickest way for small claims, since the court issues it without a hearing once the form is complete.</p>
        </div></div>
        </body></html>
        """), "debt.html");

    [Fact]
    public void A_headline_typed_in_capitals_takes_the_sharing_titles_spelling_without_the_site()
    {
        Assert.Equal("Debt Recovery Across Borders", Parse("DEBT RECOVERY ACROSS BORDERS").Title);
    }

    [Theory]
    [InlineData("Debt Recovery Across Borders | Harbour Law", "DEBT RECOVERY ACROSS BORDERS", "Debt Recovery Across Borders")]
    [InlineData("Debt Recovery Across Borders | Harbour Law", "Debt Recovery Across Borders", null)]
    [InlineData("Debt Recovery Across Borders Explained", "DEBT RECOVERY ACROSS BORDERS", null)]
    [InlineData("DEBT RECOVERY ACROSS BORDERS | HARBOUR LAW", "DEBT RECOVERY ACROSS BORDERS", null)]
    public void Only_capitals_the_title_continues_with_a_separator_are_read(string title, string shown, string? expected)
    {
        Assert.Equal(expected, CapitalsHeadlineOfSuffixedTitle.Headline(title, shown));
    }
}
