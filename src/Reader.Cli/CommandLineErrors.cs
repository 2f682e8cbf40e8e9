using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using Reader.Content;

namespace Reader.Cli;

/// <summary>
/// Words System.CommandLine's parse errors for a person: an unknown command or option suggests the nearest one
/// ("did you mean 'build'?"), and a value that does not parse names the option and what it takes, never a .NET type.
/// </summary>
public static partial class CommandLineErrors
{
    public static IReadOnlyList<string> Describe(ParseResult parse, IReadOnlyList<string> args)
    {
        var command = parse.CommandResult.Command;
        var lines = new List<string>();
        var unknown = parse.Errors.Select(e => Unrecognized().Match(e.Message)).Where(m => m.Success).Select(m => m.Groups["token"].Value).ToList();
        if (unknown.Count > 0 && !unknown[0].StartsWith('-') && command.Subcommands.Count > 0)
        {
            // A mistyped command: what follows it was meant for that command, so it is not a problem of its own.
            return [Unknown(command, unknown[0], args, unknown)!];
        }

        foreach (var problem in parse.Errors)
        {
            var line = Unrecognized().Match(problem.Message) is { Success: true } match
                ? Unknown(command, match.Groups["token"].Value, args, unknown)
                : problem.Message == "Required command was not provided." && unknown.Count > 0
                    ? null
                    : WithoutTypeNames(problem.Message);
            if (line is not null && !lines.Contains(line))
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static string? Unknown(Command command, string token, IReadOnlyList<string> args, List<string> unknown)
    {
        var name = CommandPath(command);
        if (token.StartsWith('-'))
        {
            var options = command.Options.Concat(Recursive(command)).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(o => o.StartsWith("--", StringComparison.Ordinal)).Distinct();
            return $"unknown option '{token}' for '{name}'{Suggest(token, options)}";
        }

        // The value given to a mistyped option is not a second problem.
        var index = IndexOf(args, token);
        if (index > 0 && unknown.Contains(args[index - 1]) && args[index - 1].StartsWith('-'))
        {
            return null;
        }

        return command.Subcommands.Count > 0
            ? $"unknown command '{token}' for '{name}'{Suggest(token, command.Subcommands.Select(c => c.Name))}"
            : $"'{name}' takes no argument '{token}'";
    }

    private static string Suggest(string token, IEnumerable<string> known) =>
        NearestName.Find(token, known) is { } near ? $" (did you mean '{near}'?)" : "";

    private static IEnumerable<Option> Recursive(Command command)
    {
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (var option in parent.Options.Where(o => o.Recursive))
            {
                yield return option;
            }
        }
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Command? current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, current is RootCommand ? "reader" : current.Name);
        }

        return string.Join(' ', names);
    }

    private static int IndexOf(IReadOnlyList<string> args, string token)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == token)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A fallback for a value no custom parser words: "'abc' is not a valid value for --x".</summary>
    private static string WithoutTypeNames(string message) =>
        CannotParse().Match(message) is { Success: true } match
            ? $"'{match.Groups["value"].Value}' is not a valid value for {match.Groups["option"].Value}"
            : message;

    [GeneratedRegex(@"^Unrecognized command or argument '(?<token>.*)'\.$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|command|argument) '(?<option>[^']*)'")]
    private static partial Regex CannotParse();
}
