using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HolderSectionMenuItemTests
{
    [Theory]
    [InlineData("Kvällsnytt TV", "Kvällsnytt")]
    [InlineData("Romsdals Tidende Pluss", "Romsdals Tidende")]
    public void The_holder_and_one_word_more_is_a_channel_of_the_site(string item, string holder) =>
        Assert.True(HolderSectionMenuItem.Is(item, holder));

    [Theory]
    [InlineData("Kvällsnytt", "Kvällsnytt")]
    [InlineData("Kvällsnytt TV Play", "Kvällsnytt")]
    [InlineData("KvällsnyttTV", "Kvällsnytt")]
    [InlineData("Sport", "Kvällsnytt")]
    [InlineData("Kvällsnytt TV", null)]
    public void Other_items_are_not(string item, string? holder) => Assert.False(HolderSectionMenuItem.Is(item, holder));

    [Fact]
    public void The_copyright_holder_is_the_site_over_its_channel_in_the_menu()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Nyheter
            Sport
            Nöje
            Kvällsnytt TV
            Sök
            Logga in
            Pensionär lurades på 340 000 kronor av falsk bankman
            Jonas Wikström
            Publicerad 25 sep 2013 kl 21.14
            En 78-årig man i Västerås förlorade på tisdagen nästan hela sitt sparkapital sedan en bedragare ringt och utgett sig för att arbeta på hans bank.
            Polisen påminner om att en bank aldrig ringer och ber kunder läsa upp koder från sin säkerhetsdosa.
            Kontakta oss
            © Kvällsnytt 2013
            """), "page.txt");

        Assert.Equal("Kvällsnytt", page.Site);
    }

    [Fact]
    public void The_same_name_opening_the_page_over_the_menu_is_the_masthead()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            BNC News
            Home
            UK
            World
            Business

            Council votes to close Eikrem library after long debate
            By Jonas Wikström
            25 September 2013
            The council voted on Tuesday to close the library at the end of the year, after a debate that lasted more than four hours.
            The library's 3,000 books will move to the town hall, the council said in a statement after the vote.
            Copyright © 2013 BNC
            """), "page.txt");

        Assert.Equal("BNC News", page.Site);
    }
}
