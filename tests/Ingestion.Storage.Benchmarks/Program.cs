using System.CommandLine;
using Ingestion.Storage.Benchmarks;

var documents = new Option<int>("--documents") { Description = "Documents written in each run.", DefaultValueFactory = _ => 10_000 };
var comments = new Option<int>("--comments") { Description = "Comments per document.", DefaultValueFactory = _ => 10 };
var batch = new Option<int>("--batch") { Description = "Documents per transaction (the consumer's batch limit).", DefaultValueFactory = _ => 100 };
var concurrency = new Option<int>("--concurrency") { Description = "Transactions at once (the consumer's batch concurrency).", DefaultValueFactory = _ => 2 };
var withoutSearch = new Option<bool>("--without-search") { Description = "Drop the full-text search columns first, to see their share of the cost." };
var rounds = new Option<int>("--rounds") { Description = "Runs of each, alternating; medians are reported.", DefaultValueFactory = _ => 3 };
var root = new RootCommand("Storage write throughput against the local PostgreSQL, in fresh databases.")
{
    documents, comments, batch, concurrency, withoutSearch, rounds,
};
root.SetAction((parseResult, cancellationToken) => new WriteBenchmark(
    parseResult.GetValue(documents),
    parseResult.GetValue(comments),
    parseResult.GetValue(batch),
    parseResult.GetValue(concurrency),
    parseResult.GetValue(withoutSearch),
    parseResult.GetValue(rounds)).RunAsync(cancellationToken));
return await root.Parse(args).InvokeAsync();
