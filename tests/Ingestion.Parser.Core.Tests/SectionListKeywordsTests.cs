using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionListKeywordsTests
{
    [Fact]
    public void A_list_of_the_sites_sections_is_no_story_keywords() =>
        Assert.True(SectionListKeywords.IsSiteList(["Fairhaven", "Marlow County", "news", "sports", "obituaries", "classifieds", "jobs", "homes", "cars"]));

    [Fact]
    public void A_story_list_naming_one_section_word_keeps_its_tags() =>
        Assert.False(SectionListKeywords.IsSiteList(["high school", "sports", "football", "Harbor High", "Westbrook"]));

    [Fact]
    public void Two_section_words_are_not_enough() =>
        Assert.False(SectionListKeywords.IsSiteList(["weather", "traffic", "Route 9", "snow"]));

    [Fact]
    public void A_science_sites_desks_named_news_are_its_sections() =>
        Assert.True(SectionListKeywords.IsSiteList(["Science", "Chemistry News", "Science news", "Space News", "Chemistry", "Materials"]));

    [Fact]
    public void Two_broadcasters_named_news_in_a_storys_keywords_are_no_section_list() =>
        Assert.False(SectionListKeywords.IsSiteList(["ratings", "Channel News", "Harbor News", "cable television"]));

    private const string MenuPage = """
        <html><head><title>Bauleitung | Kessler Statik</title>
        <meta name="keywords" content="Statik, Holzbau, Stahlbau, Glasbau, Bauleitung, Gutachten"></head>
        <body><div class="navigation"><ul>
        <li><a href="/de/buero">Büro</a><ul><li><a href="/de/buero/team">Team</a></li><li><a href="/de/buero/jobs">Jobs</a></li></ul></li>
        <li><a href="/de/holzbau">Holzbau</a></li><li><a href="/de/stahlbau">Stahlbau</a></li><li><a href="/de/glasbau">Glasbau</a></li>
        <li><a href="/de/kontakt">Kontakt</a></li></ul></div>
        <div class="content"><h3>Bauleitung</h3><p>Wir übernehmen die Bauleitung für Tragwerke aller Art und stimmen uns dabei eng mit den ausführenden Firmen und der Bauherrschaft ab.</p></div>
        </body></html>
        """;

    [Fact]
    public void A_keywords_meta_naming_three_of_the_menus_entries_is_the_sites_list() =>
        Assert.Empty(HtmlPageSplitter.Split(MenuPage).Tags);

    [Fact]
    public void Two_menu_entries_among_the_keywords_keep_them_as_tags() =>
        Assert.Equal(["Statik", "Holzbau", "Stahlbau", "Gutachten"],
            HtmlPageSplitter.Split(MenuPage.Replace("Statik, Holzbau, Stahlbau, Glasbau, Bauleitung, Gutachten", "Statik, Holzbau, Stahlbau, Gutachten", StringComparison.Ordinal)).Tags);

    [Fact]
    public void Links_in_no_named_menu_are_no_sections() =>
        Assert.Contains("Glasbau", HtmlPageSplitter.Split(MenuPage.Replace("class=\"navigation\"", "class=\"links\"", StringComparison.Ordinal)).Tags);
}
