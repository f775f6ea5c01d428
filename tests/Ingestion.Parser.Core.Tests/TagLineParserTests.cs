using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagLineParserTests
{
    [Theory]
    [InlineData("Tags: water, privatization, local politics (all tags)", new[] { "water", "privatization", "local politics" })]
    [InlineData("Tags: housing, zoning, renters", new[] { "housing", "zoning", "renters" })]
    [InlineData("More on: Metro Council, Buses, Fares", new[] { "Metro Council", "Buses", "Fares" })]
    [InlineData("In this article: consoles, gaming, review", new[] { "consoles", "gaming", "review" })]
    [InlineData("Share Filed to: PROJECTORS", new[] { "PROJECTORS" })]
    [InlineData("Tags : marché, conseil municipal, travaux", new[] { "marché", "conseil municipal", "travaux" })]
    [InlineData("TopicsInflationGroceriesEconomy", new[] { "Inflation", "Groceries", "Economy" })]
    [InlineData("TagsClimate ChangeEnergy", new[] { "Climate Change", "Energy" })]
    [InlineData("Tagged school start times, Riverbend School District, sleep", new[] { "school start times", "Riverbend School District", "sleep" })]
    [InlineData("This entry was posted in Library and tagged branch library, Orchard Street. Bookmark the permalink.", new[] { "branch library", "Orchard Street" })]
    [InlineData("Tags county fair, demolition derby, insurance", new[] { "county fair", "demolition derby", "insurance" })]
    [InlineData("Dieser Eintrag wurde veröffentlicht in Pirnitz und verschlagwortet mit Bürgerbus, Ehrenamt, Nahverkehr.", new[] { "Bürgerbus", "Ehrenamt", "Nahverkehr" })]
    [InlineData("Posted byNora Keller Posted inBusiness Tags: downtown, flood recovery, small business", new[] { "downtown", "flood recovery", "small business" })]
    [InlineData("Follow: Exercise, Heart Health, Stairs, Healthy Living News", new[] { "Exercise", "Heart Health", "Stairs", "Healthy Living News" })]
    [InlineData("Filed Under: Europe, Italy Tagged With: budget travel, Florence, museums", new[] { "budget travel", "Florence", "museums" })]
    [InlineData("This article is related to: Aurora, Libraries, Pensions", new[] { "Aurora", "Libraries", "Pensions" })]
    [InlineData("Tagged under", new string[0])]
    [InlineData("FILED UNDER", new string[0])]
    [InlineData("Read More Stories About:", new string[0])]
    [InlineData("Themen: Windkraft Reinhardswald Energiewende", new[] { "Windkraft", "Reinhardswald", "Energiewende" })]
    [InlineData("Tags: Climate Change", new[] { "Climate Change" })]
    [InlineData("Tags: Bank of England", new[] { "Bank of England" })]
    [InlineData("Filed under Campus News, Top Stories", new[] { "Campus News", "Top Stories" })]
    [InlineData("Filed under News", new[] { "News" })]
    [InlineData("Posted in: Congress, Senate, Budget fight", new[] { "Congress", "Senate", "Budget fight" })]
    [InlineData("#bike lanes #city council #Fremont Avenue #parking", new[] { "bike lanes", "city council", "Fremont Avenue", "parking" })]
    [InlineData("Follow Literacy, Summer Reading, Public Libraries, Education News", new[] { "Literacy", "Summer Reading", "Public Libraries", "Education News" })]
    [InlineData("Posted in Local news on Tuesday, March 12, 2013 11:15 pm. | Tags: Water Rates, Public Works", new[] { "Water Rates", "Public Works" })]
    [InlineData("Tópicos: chuva, Campo Verde, Defesa Civil", new[] { "chuva", "Campo Verde", "Defesa Civil" })]
    [InlineData("Temas relacionados: San Ignacio, obra pública, amparo", new[] { "San Ignacio", "obra pública", "amparo" })]
    [InlineData("This entry was posted in Town Government and tagged fire department, select board on February 19, 2013 by Ellen Marchetti.", new[] { "fire department", "select board" })]
    [InlineData("Posted by Maren Solberg | Tagged dredging, harbor, Harbor Committee | Comments (3) | Share Article", new[] { "dredging", "harbor", "Harbor Committee" })]
    [InlineData("Posted in Pasadena, Traffic, Transportation | Permalink", new[] { "Pasadena", "Traffic", "Transportation" })]
    [InlineData("Posted in Politics | Comments (4)", new[] { "Politics" })]
    [InlineData("tagged library, Grove Street in Government", new[] { "library", "Grove Street" })] // Squarespace 5: the category after "in"
    [InlineData("tagged budget, schools", new[] { "budget", "schools" })]
    [InlineData("Read more on: Manmohan Singh | Nawaz Sharif | LoC", new[] { "Manmohan Singh", "Nawaz Sharif", "LoC" })]
    [InlineData("Found in: Syria, Iran, Hassan Rouhani, United Nations", new[] { "Syria", "Iran", "Hassan Rouhani", "United Nations" })]
    public void A_tag_line_gives_its_tags(string line, string[] tags) => Assert.Equal(tags, TagLineParser.TryRead(line));

    [Theory]
    [InlineData("Tagged by police as a suspect, he left the city on Friday.")]
    [InlineData("Tagged and released")]
    [InlineData("Filed under protest, the appeal went nowhere.")]
    [InlineData("Filed under Chapter 11 protection")]
    [InlineData("TopicsOverview")]
    [InlineData("Follow: @DrMiriamOkafor, @HollisPost")]
    [InlineData("Follow Miriam Okafor on Twitter: www.twitter.com/DrMiriamOkafor")]
    [InlineData("Follow Miriam Okafor on Twitter, Facebook, Instagram")]
    [InlineData("#1 seed #2 seed")]
    [InlineData("Posted in Local News June 3, 2014 | Comments")]
    [InlineData("Posted in the lobby, the notice drew a crowd.")]
    [InlineData("#MeToo is a movement, #TimesUp is its fund.")]
    public void A_sentence_opening_with_tagged_gives_no_tags(string line) => Assert.Null(TagLineParser.TryRead(line));

    [Theory]
    [InlineData("Lake Tamsin drawdown begins", true)]
    [InlineData("County approves dam contract", true)]
    [InlineData("Ridgefield Valley Water District", false)]
    [InlineData("Elecciones generales en España", false)]
    [InlineData("Alquiler de viviendas", false)]
    public void A_headline_in_sentence_case_is_told_from_a_tag(string line, bool isHeadline) => Assert.Equal(isHeadline, TagLineParser.IsStoryHeadline(line));

    [Fact]
    public void A_default_themes_entry_sentence_names_the_day_and_the_writer()
    {
        Assert.True(EntryMetaSentence.TryRead("This entry was posted in Town Government and tagged fire department on February 19, 2013 by Ellen Marchetti.", out var day, out var writer));
        Assert.Equal("2013-02-19", day.ToIso());
        Assert.Equal("Ellen Marchetti", writer);
        Assert.False(EntryMetaSentence.TryRead("This entry was posted in Library and tagged branch library. Bookmark the permalink.", out _, out _));
    }

    [Fact]
    public void A_day_over_the_headline_lists_the_tags_after_on()
    {
        Assert.True(DateOnTags.TryRead("12 Mar 2014 on route 14, budget", out var day, out var tags));
        Assert.Equal("2014-03-12", day.ToIso());
        Assert.Equal(["route 14", "budget"], tags);
        Assert.False(DateOnTags.TryRead("The vote on March 25 went on late into the night.", out _, out _));
        Assert.False(DateOnTags.TryRead("Wed 17 Jan 2024 11.42 GMT Last modified on Wed 17 Jan 2024 15.10 GMT", out _, out _));
    }

    [Fact]
    public void A_line_opens_with_a_tags_label_only_when_it_is_one()
    {
        Assert.True(TagLineParser.OpensWithLabel("Topics: privacy | government"));
        Assert.False(TagLineParser.OpensWithLabel("Terms of Use | Privacy | About Our Ads"));
    }

    [Theory]
    [InlineData("Aiheet: Orivesi, Liikenneonnettomuudet, Hirvet", new[] { "Orivesi", "Liikenneonnettomuudet", "Hirvet" })]
    [InlineData("Címkék: Szeged, villamos, tömegközlekedés", new[] { "Szeged", "villamos", "tömegközlekedés" })]
    [InlineData("Etichete: metrou, Drumul Taberei, Metrorex", new[] { "metrou", "Drumul Taberei", "Metrorex" })]
    [InlineData("Tagovi: Jadrolinija, Brač, trajekt", new[] { "Jadrolinija", "Brač", "trajekt" })]
    public void Finnish_hungarian_romanian_and_croatian_topic_rows_give_their_tags(string line, string[] tags) =>
        Assert.Equal(tags, TagLineParser.TryRead(line));
}
