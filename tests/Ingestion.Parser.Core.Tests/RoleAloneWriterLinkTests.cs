using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RoleAloneWriterLinkTests
{
    private static ParsedPage Parse(string linkText) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry fares rise again</title><meta property="og:site_name" content="Harbour Post"></head><body>
        <article class="post"><header class="article-header"><h2>Ferry fares rise for the third time this year</h2></header>
        <div class="byline clearfix"><div class="byline-author"><a href="/author/hp-account/">{{linkText}}</a><div class="byline-date">December 20, 2016</div></div></div>
        <div id="article-body"><p>The island ferry will cost more from January, the operator said on Tuesday, for the third time in one year.</p>
        <p>Passengers with season tickets keep the old fare until their tickets run out, and children under twelve still travel free.</p></div></article></body></html>
        """), "fares.html");

    [Theory]
    [InlineData("Editor")]
    [InlineData("Staff")]
    public void A_writer_link_reading_a_role_alone_names_no_writer(string role) =>
        Assert.Empty(Parse(role).Authors);

    [Fact]
    public void A_writer_link_with_a_name_is_the_writer() =>
        Assert.Equal(["Marta Olsen"], Parse("Marta Olsen").Authors);
}
