using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AccountMenuLabelTests
{
    private static ParsedPage Parse(string accountLabel) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <div id="cookiePrompt"></div><header id="top-banner" role="banner" aria-label="Harbour"><div id="top-header" class="top-nav-pri"><div class="top-nav-pri-container">
        <div class="top-nav-section top-nav-blocks"><a href="https://www.harbour.example/">Homepage</a></div>
        <section><div class="top-skip-links"><h2>Accessibility links</h2><ul><li><a href="https://www.harbour.example/news/av/ferry#page">Skip to content</a></li><li><a id="top-accessibility-help" href="https://www.harbour.example/accessibility/">Accessibility Help</a></li></ul></div></section>
        <div id="my-wrapper" class="top-nav-section top-nav-id"><div id="id-statusbar" class="top-nav-section"><a id="id-link" href="https://account.harbour.example/account"><span id="id-username">{{accountLabel}}</span></a></div><a id="notification-link" href="#" style="display: none"><span class="hidden-span">Notifications</span></a></div>
        <nav role="navigation" aria-label="Harbour" class="top-nav"><div class="top-nav-section top-nav-links" id="top-nav-links"><ul><li><a href="https://www.harbour.example/">Home</a></li><li><a href="https://www.harbour.example/news">News</a></li><li><a href="https://www.harbour.example/sport">Sport</a></li><li><a href="https://www.harbour.example/weather">Weather</a></li><li id="top-nav-more"><a href="#top-footer">Menu</a></li></ul></div></nav>
        <div class="top-nav-section top-nav-search"><a class="top-search-button" href="https://search.harbour.example/search" title="Search the Harbour">Search</a></div></div></div></header>
        <span class="carousel-headline">Life aboard the harbour's oldest ferry</span>
        <span class="carousel-summary">Six crew members keep the old boat running every day.</span>
        <h1 class="media-headline">Ferry fares rise again this spring</h1>
        <div class="media-summary"><p>The harbour ferry will cost more from April, the operator said on Monday.</p><p>Its board met twice to settle the new prices for the crossing.</p><p>Season tickets keep last year's price until the summer.</p></div>
        """), "ferry.html");

    [Fact]
    public void The_sign_in_links_label_in_the_top_bar_names_no_writer()
    {
        var page = Parse("Harbour Account");
        Assert.Empty(page.Authors);
        Assert.Equal("Ferry fares rise again this spring", page.Title);
        Assert.Contains("Its board met twice to settle the new prices for the crossing.", page.BodyParagraphs);
    }

    [Theory]
    [InlineData("Harbour Account", true)]
    [InlineData("My Account", true)]
    [InlineData("Account", false)]
    [InlineData("Dana Accountant", false)]
    [InlineData("Marta Olsen", false)]
    public void Only_a_name_ending_in_the_word_account_is_the_label(string text, bool expected) =>
        Assert.Equal(expected, AccountMenuLabel.Is(text));
}
