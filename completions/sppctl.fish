function __sppctl_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __sppctl_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __sppctl_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __sppctl_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __sppctl_parse_tokens -S
    set -l unparsed_tokens (__sppctl_tokens -pc)
    switch $unparsed_tokens[1]
    case 'sppctl'
        __sppctl_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'lint'
            __sppctl_parse_subcommand -r 1 'stdin-filename=' 'ignore=+' 'gateway-api=' 'config=' 'no-config' 'max-file-size=' 'jobs=' 'format=' 'o/output=' 'fail-on=' 'color=' 'q/quiet' 'baseline=' 'write-baseline=' 'implementation=' 'long-session=' 'no-suppressions' 'enable=+' 'disable=+' 'namespace=' 'version' 'h/help'
        case 'explain'
            __sppctl_parse_subcommand -r 1 'stdin-filename=' 'ignore=+' 'gateway-api=' 'config=' 'no-config' 'max-file-size=' 'jobs=' 'route=' 'service=' 'implementation=' 'long-session=' 'no-suppressions' 'enable=+' 'disable=+' 'namespace=' 'format=' 'version' 'h/help'
        case 'export'
            __sppctl_parse_subcommand -r 1 'stdin-filename=' 'ignore=+' 'gateway-api=' 'config=' 'no-config' 'max-file-size=' 'jobs=' 'implementation=' 'long-session=' 'no-suppressions' 'enable=+' 'disable=+' 'namespace=' 'target=' 'target-version=' 'format=' 'o/output=' 'report=' 'report-format=' 'fail-on-lossy' 'standalone' 'listen=' 'capabilities' 'color=' 'version' 'h/help'
        case 'status'
            __sppctl_parse_subcommand -r 1 'stdin-filename=' 'ignore=+' 'gateway-api=' 'config=' 'no-config' 'max-file-size=' 'jobs=' 'implementation=' 'long-session=' 'no-suppressions' 'enable=+' 'disable=+' 'namespace=' 'format=' 'fail-on=' 'version' 'h/help'
        case 'rules'
            __sppctl_parse_subcommand 0 'format=' 'config=' 'no-config' 'version' 'h/help'
        case 'config'
            __sppctl_parse_subcommand -r 1 'stdin-filename=' 'ignore=+' 'gateway-api=' 'config=' 'no-config' 'max-file-size=' 'jobs=' 'implementation=' 'long-session=' 'no-suppressions' 'enable=+' 'disable=+' 'namespace=' 'version' 'h/help'
        case 'help'
            __sppctl_parse_subcommand -r 1 'version'
        end
    end
end

function __sppctl_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __sppctl_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __sppctl_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __sppctl_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__sppctl_tokens -p)
    if test -z "$(__sppctl_tokens -t)"
        set -l index (count (__sppctl_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'sppctl' -f
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl" version' -l 'version' -d 'Show the version.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_positional "sppctl" -eq 1' -fa 'lint' -d 'Check manifests for broken or risky session persistence.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_positional "sppctl" -eq 1' -fa 'explain' -d 'Explain the effective session persistence of routes and Services, or a rule (SPPnnn).'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_positional "sppctl" -eq 1' -fa 'export' -d 'Write HAProxy, NGINX, Traefik, Kong or Envoy configuration that keeps each session on its backend.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_positional "sppctl" -eq 1' -fa 'status' -d 'Predict the status a controller would write: policy Accepted conditions, rejected routes.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_positional "sppctl" -eq 1' -fa 'rules' -d 'List every rule with its ID, name, severity and summary.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_positional "sppctl" -eq 1' -fa 'config' -d 'Print the effective configuration and where each value comes from (flag, .sppctl.yaml, default).'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_positional "sppctl" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_positional "sppctl lint" -ge 1' -fa '(set -l exts \'yaml\' \'yml\' \'json\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint" stdin-filename' -l 'stdin-filename' -d 'The name to report for standard input.' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint"' -l 'ignore' -d 'Skip paths matching this glob (repeatable; * within a segment, ** across).' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint" gateway-api' -l 'gateway-api' -d 'The Gateway API release to check against: v1.1.0, v1.1 … v1.6, main (default v1.6).' -rfka 'v1.1.0 v1.1 v1.2 v1.3 v1.4 v1.5 v1.6 main'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint" config' -l 'config' -d 'The configuration file (default: .sppctl.yaml found upward from the working directory).' -rfa '(set -l exts \'yaml\' \'yml\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint" no-config' -l 'no-config' -d 'Ignore .sppctl.yaml files.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint" max-file-size' -l 'max-file-size' -d 'The largest file read, in MiB (1–4096; default 128).' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint" jobs' -l 'jobs' -d 'How many workers load and decode the inputs (default: the number of cores); large files are split at document boundaries.' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint" format' -l 'format' -d 'The report format: text, json, sarif (code scanning), github (workflow annotations) or junit.' -rfka 'text json sarif github junit'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint" o output' -s 'o' -l 'output' -d 'Write the report to FILE, atomically, instead of standard output.' -rF
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint" fail-on' -l 'fail-on' -d 'The least severity that fails the run (default error).' -rfka 'error warning info never'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint" color' -l 'color' -d 'When to colour text output.' -rfka 'auto always never'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint" q quiet' -l 'quiet' -s 'q' -d 'Text without source excerpts and notes, and nothing at all when there is no finding.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint" baseline' -l 'baseline' -d 'Report only findings that FILE (from --write-baseline) does not accept; say how many accepted ones are gone.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint" write-baseline' -l 'write-baseline' -d 'Write today\'s findings to FILE as a baseline (fingerprints without line numbers), and exit 0.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint" implementation' -l 'implementation' -d 'The controller to describe: gep (GEP-1619 as written, the default), envoy-gateway or nginx-gateway-fabric.' -rfka 'gep envoy-gateway nginx-gateway-fabric'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint" long-session' -l 'long-session' -d 'SPP110\'s threshold for long sessions (default 24h).' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint" no-suppressions' -l 'no-suppressions' -d 'Report findings suppressed by sppctl.io/ignore annotations or configured suppressions too, marked as such.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint"' -l 'enable' -d 'Turn a rule on at its default severity, even when .sppctl.yaml turns it off (repeatable).' -rfka 'SPP001 SPP002 SPP003 SPP004 SPP005 SPP006 SPP007 SPP008 SPP009 SPP010 SPP011 SPP012 SPP013 SPP014 SPP015 SPP101 SPP102 SPP103 SPP104 SPP105 SPP106 SPP107 SPP108 SPP109 SPP110 SPP201 SPP202 SPP203 SPP204 SPP205 SPP206 SPP207 SPP208 SPP209 SPP210 SPP211 SPP212 SPP301 SPP302 SPP303 SPP304 SPP401 SPP402 SPP403 SPP501 SPP502 SPP503 SPP601 SPP602 SPP603 SPP604'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint"' -l 'disable' -d 'Turn a rule off (repeatable).' -rfka 'SPP001 SPP002 SPP003 SPP004 SPP005 SPP006 SPP007 SPP008 SPP009 SPP010 SPP011 SPP012 SPP013 SPP014 SPP015 SPP101 SPP102 SPP103 SPP104 SPP105 SPP106 SPP107 SPP108 SPP109 SPP110 SPP201 SPP202 SPP203 SPP204 SPP205 SPP206 SPP207 SPP208 SPP209 SPP210 SPP211 SPP212 SPP301 SPP302 SPP303 SPP304 SPP401 SPP402 SPP403 SPP501 SPP502 SPP503 SPP601 SPP602 SPP603 SPP604'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint" namespace' -l 'namespace' -d 'The namespace of objects that name none (default: default), as kubectl\'s --namespace.' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint" version' -l 'version' -d 'Show the version.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl lint" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_positional "sppctl explain" -ge 1' -fa '(set -l exts \'yaml\' \'yml\' \'json\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl explain" stdin-filename' -l 'stdin-filename' -d 'The name to report for standard input.' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl explain"' -l 'ignore' -d 'Skip paths matching this glob (repeatable; * within a segment, ** across).' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl explain" gateway-api' -l 'gateway-api' -d 'The Gateway API release to check against: v1.1.0, v1.1 … v1.6, main (default v1.6).' -rfka 'v1.1.0 v1.1 v1.2 v1.3 v1.4 v1.5 v1.6 main'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl explain" config' -l 'config' -d 'The configuration file (default: .sppctl.yaml found upward from the working directory).' -rfa '(set -l exts \'yaml\' \'yml\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl explain" no-config' -l 'no-config' -d 'Ignore .sppctl.yaml files.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl explain" max-file-size' -l 'max-file-size' -d 'The largest file read, in MiB (1–4096; default 128).' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl explain" jobs' -l 'jobs' -d 'How many workers load and decode the inputs (default: the number of cores); large files are split at document boundaries.' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl explain" route' -l 'route' -d 'Only this route (namespace/name, or name in any namespace).' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl explain" service' -l 'service' -d 'Only traffic to and policies on this Service (namespace/name, or name).' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl explain" implementation' -l 'implementation' -d 'The controller to describe: gep (GEP-1619 as written, the default), envoy-gateway or nginx-gateway-fabric.' -rfka 'gep envoy-gateway nginx-gateway-fabric'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl explain" long-session' -l 'long-session' -d 'SPP110\'s threshold for long sessions (default 24h).' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl explain" no-suppressions' -l 'no-suppressions' -d 'Report findings suppressed by sppctl.io/ignore annotations or configured suppressions too, marked as such.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl explain"' -l 'enable' -d 'Turn a rule on at its default severity, even when .sppctl.yaml turns it off (repeatable).' -rfka 'SPP001 SPP002 SPP003 SPP004 SPP005 SPP006 SPP007 SPP008 SPP009 SPP010 SPP011 SPP012 SPP013 SPP014 SPP015 SPP101 SPP102 SPP103 SPP104 SPP105 SPP106 SPP107 SPP108 SPP109 SPP110 SPP201 SPP202 SPP203 SPP204 SPP205 SPP206 SPP207 SPP208 SPP209 SPP210 SPP211 SPP212 SPP301 SPP302 SPP303 SPP304 SPP401 SPP402 SPP403 SPP501 SPP502 SPP503 SPP601 SPP602 SPP603 SPP604'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl explain"' -l 'disable' -d 'Turn a rule off (repeatable).' -rfka 'SPP001 SPP002 SPP003 SPP004 SPP005 SPP006 SPP007 SPP008 SPP009 SPP010 SPP011 SPP012 SPP013 SPP014 SPP015 SPP101 SPP102 SPP103 SPP104 SPP105 SPP106 SPP107 SPP108 SPP109 SPP110 SPP201 SPP202 SPP203 SPP204 SPP205 SPP206 SPP207 SPP208 SPP209 SPP210 SPP211 SPP212 SPP301 SPP302 SPP303 SPP304 SPP401 SPP402 SPP403 SPP501 SPP502 SPP503 SPP601 SPP602 SPP603 SPP604'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl explain" namespace' -l 'namespace' -d 'The namespace of objects that name none (default: default), as kubectl\'s --namespace.' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl explain" format' -l 'format' -d 'The output format (rules: text or json).' -rfka 'text json yaml mermaid dot'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl explain" version' -l 'version' -d 'Show the version.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl explain" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_positional "sppctl export" -ge 1' -fa '(set -l exts \'yaml\' \'yml\' \'json\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" stdin-filename' -l 'stdin-filename' -d 'The name to report for standard input.' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export"' -l 'ignore' -d 'Skip paths matching this glob (repeatable; * within a segment, ** across).' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" gateway-api' -l 'gateway-api' -d 'The Gateway API release to check against: v1.1.0, v1.1 … v1.6, main (default v1.6).' -rfka 'v1.1.0 v1.1 v1.2 v1.3 v1.4 v1.5 v1.6 main'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" config' -l 'config' -d 'The configuration file (default: .sppctl.yaml found upward from the working directory).' -rfa '(set -l exts \'yaml\' \'yml\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" no-config' -l 'no-config' -d 'Ignore .sppctl.yaml files.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" max-file-size' -l 'max-file-size' -d 'The largest file read, in MiB (1–4096; default 128).' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" jobs' -l 'jobs' -d 'How many workers load and decode the inputs (default: the number of cores); large files are split at document boundaries.' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" implementation' -l 'implementation' -d 'The controller to describe: gep (GEP-1619 as written, the default), envoy-gateway or nginx-gateway-fabric.' -rfka 'gep envoy-gateway nginx-gateway-fabric'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" long-session' -l 'long-session' -d 'SPP110\'s threshold for long sessions (default 24h).' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" no-suppressions' -l 'no-suppressions' -d 'Report findings suppressed by sppctl.io/ignore annotations or configured suppressions too, marked as such.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export"' -l 'enable' -d 'Turn a rule on at its default severity, even when .sppctl.yaml turns it off (repeatable).' -rfka 'SPP001 SPP002 SPP003 SPP004 SPP005 SPP006 SPP007 SPP008 SPP009 SPP010 SPP011 SPP012 SPP013 SPP014 SPP015 SPP101 SPP102 SPP103 SPP104 SPP105 SPP106 SPP107 SPP108 SPP109 SPP110 SPP201 SPP202 SPP203 SPP204 SPP205 SPP206 SPP207 SPP208 SPP209 SPP210 SPP211 SPP212 SPP301 SPP302 SPP303 SPP304 SPP401 SPP402 SPP403 SPP501 SPP502 SPP503 SPP601 SPP602 SPP603 SPP604'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export"' -l 'disable' -d 'Turn a rule off (repeatable).' -rfka 'SPP001 SPP002 SPP003 SPP004 SPP005 SPP006 SPP007 SPP008 SPP009 SPP010 SPP011 SPP012 SPP013 SPP014 SPP015 SPP101 SPP102 SPP103 SPP104 SPP105 SPP106 SPP107 SPP108 SPP109 SPP110 SPP201 SPP202 SPP203 SPP204 SPP205 SPP206 SPP207 SPP208 SPP209 SPP210 SPP211 SPP212 SPP301 SPP302 SPP303 SPP304 SPP401 SPP402 SPP403 SPP501 SPP502 SPP503 SPP601 SPP602 SPP603 SPP604'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" namespace' -l 'namespace' -d 'The namespace of objects that name none (default: default), as kubectl\'s --namespace.' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" target' -l 'target' -d 'The dataplane: haproxy, nginx, traefik, kong or envoy.' -rfka 'haproxy nginx traefik kong envoy'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" target-version' -l 'target-version' -d 'The target\'s version: haproxy 2.6|3.0, nginx 1.22|1.29.6|plus, traefik v2|v3.0|v3.3|v3.4, kong oss|enterprise-3.11, envoy v3.' -rfka '1.22 1.29.6 2.6 3.0 enterprise-3.11 oss plus v2 v3 v3.0 v3.3 v3.4'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" format' -l 'format' -d 'The configuration format: traefik file-yaml|file-toml|crd; conf or yaml for the others. With --capabilities: text or json.' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" o output' -s 'o' -l 'output' -d 'Write the configuration to FILE, atomically.' -rF
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" report' -l 'report' -d 'Write the notices to FILE instead of standard error.' -rF
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" report-format' -l 'report-format' -d 'The notices\' format: text, json, sarif, github or junit (default: json with --report, text on standard error).' -rfka 'text json sarif github junit'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" fail-on-lossy' -l 'fail-on-lossy' -d 'Exit 1 when a notice is a warning or worse (something was approximated or left out).'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" standalone' -l 'standalone' -d 'Write a complete configuration that serves the routes on --listen.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" listen' -l 'listen' -d 'With --standalone: the IPv4 address and port to serve on.' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" capabilities' -l 'capabilities' -d 'Print what each target and version can express, and exit.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" color' -l 'color' -d 'When to colour the notices.' -rfka 'auto always never'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" version' -l 'version' -d 'Show the version.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_positional "sppctl status" -ge 1' -fa '(set -l exts \'yaml\' \'yml\' \'json\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl status" stdin-filename' -l 'stdin-filename' -d 'The name to report for standard input.' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl status"' -l 'ignore' -d 'Skip paths matching this glob (repeatable; * within a segment, ** across).' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl status" gateway-api' -l 'gateway-api' -d 'The Gateway API release to check against: v1.1.0, v1.1 … v1.6, main (default v1.6).' -rfka 'v1.1.0 v1.1 v1.2 v1.3 v1.4 v1.5 v1.6 main'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl status" config' -l 'config' -d 'The configuration file (default: .sppctl.yaml found upward from the working directory).' -rfa '(set -l exts \'yaml\' \'yml\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl status" no-config' -l 'no-config' -d 'Ignore .sppctl.yaml files.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl status" max-file-size' -l 'max-file-size' -d 'The largest file read, in MiB (1–4096; default 128).' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl status" jobs' -l 'jobs' -d 'How many workers load and decode the inputs (default: the number of cores); large files are split at document boundaries.' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl status" implementation' -l 'implementation' -d 'The controller to describe: gep (GEP-1619 as written, the default), envoy-gateway or nginx-gateway-fabric.' -rfka 'gep envoy-gateway nginx-gateway-fabric'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl status" long-session' -l 'long-session' -d 'SPP110\'s threshold for long sessions (default 24h).' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl status" no-suppressions' -l 'no-suppressions' -d 'Report findings suppressed by sppctl.io/ignore annotations or configured suppressions too, marked as such.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl status"' -l 'enable' -d 'Turn a rule on at its default severity, even when .sppctl.yaml turns it off (repeatable).' -rfka 'SPP001 SPP002 SPP003 SPP004 SPP005 SPP006 SPP007 SPP008 SPP009 SPP010 SPP011 SPP012 SPP013 SPP014 SPP015 SPP101 SPP102 SPP103 SPP104 SPP105 SPP106 SPP107 SPP108 SPP109 SPP110 SPP201 SPP202 SPP203 SPP204 SPP205 SPP206 SPP207 SPP208 SPP209 SPP210 SPP211 SPP212 SPP301 SPP302 SPP303 SPP304 SPP401 SPP402 SPP403 SPP501 SPP502 SPP503 SPP601 SPP602 SPP603 SPP604'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl status"' -l 'disable' -d 'Turn a rule off (repeatable).' -rfka 'SPP001 SPP002 SPP003 SPP004 SPP005 SPP006 SPP007 SPP008 SPP009 SPP010 SPP011 SPP012 SPP013 SPP014 SPP015 SPP101 SPP102 SPP103 SPP104 SPP105 SPP106 SPP107 SPP108 SPP109 SPP110 SPP201 SPP202 SPP203 SPP204 SPP205 SPP206 SPP207 SPP208 SPP209 SPP210 SPP211 SPP212 SPP301 SPP302 SPP303 SPP304 SPP401 SPP402 SPP403 SPP501 SPP502 SPP503 SPP601 SPP602 SPP603 SPP604'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl status" namespace' -l 'namespace' -d 'The namespace of objects that name none (default: default), as kubectl\'s --namespace.' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl status" format' -l 'format' -d 'The output format: yaml (a stream of documents) or json.' -rfka 'yaml json'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl status" fail-on' -l 'fail-on' -d 'Exit 1 when a status has one of these problems (comma-separated): conflicted, invalid, targetnotfound, rejected (a route a controller rejects, or an object the API server refuses), or any.' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl status" version' -l 'version' -d 'Show the version.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl rules" format' -l 'format' -d 'The output format: text or json.' -rfka 'text json'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl rules" config' -l 'config' -d 'The configuration file whose rule settings to show.' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl rules" no-config' -l 'no-config' -d 'Show default severities only, ignoring .sppctl.yaml.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl rules" version' -l 'version' -d 'Show the version.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl rules" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_positional "sppctl config" -ge 1' -fa '(set -l exts \'yaml\' \'yml\' \'json\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl config" stdin-filename' -l 'stdin-filename' -d 'The name to report for standard input.' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl config"' -l 'ignore' -d 'Skip paths matching this glob (repeatable; * within a segment, ** across).' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl config" gateway-api' -l 'gateway-api' -d 'The Gateway API release to check against: v1.1.0, v1.1 … v1.6, main (default v1.6).' -rfka 'v1.1.0 v1.1 v1.2 v1.3 v1.4 v1.5 v1.6 main'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl config" config' -l 'config' -d 'The configuration file (default: .sppctl.yaml found upward from the working directory).' -rfa '(set -l exts \'yaml\' \'yml\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl config" no-config' -l 'no-config' -d 'Ignore .sppctl.yaml files.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl config" max-file-size' -l 'max-file-size' -d 'The largest file read, in MiB (1–4096; default 128).' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl config" jobs' -l 'jobs' -d 'How many workers load and decode the inputs (default: the number of cores); large files are split at document boundaries.' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl config" implementation' -l 'implementation' -d 'The controller to describe: gep (GEP-1619 as written, the default), envoy-gateway or nginx-gateway-fabric.' -rfka 'gep envoy-gateway nginx-gateway-fabric'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl config" long-session' -l 'long-session' -d 'SPP110\'s threshold for long sessions (default 24h).' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl config" no-suppressions' -l 'no-suppressions' -d 'Report findings suppressed by sppctl.io/ignore annotations or configured suppressions too, marked as such.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl config"' -l 'enable' -d 'Turn a rule on at its default severity, even when .sppctl.yaml turns it off (repeatable).' -rfka 'SPP001 SPP002 SPP003 SPP004 SPP005 SPP006 SPP007 SPP008 SPP009 SPP010 SPP011 SPP012 SPP013 SPP014 SPP015 SPP101 SPP102 SPP103 SPP104 SPP105 SPP106 SPP107 SPP108 SPP109 SPP110 SPP201 SPP202 SPP203 SPP204 SPP205 SPP206 SPP207 SPP208 SPP209 SPP210 SPP211 SPP212 SPP301 SPP302 SPP303 SPP304 SPP401 SPP402 SPP403 SPP501 SPP502 SPP503 SPP601 SPP602 SPP603 SPP604'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl config"' -l 'disable' -d 'Turn a rule off (repeatable).' -rfka 'SPP001 SPP002 SPP003 SPP004 SPP005 SPP006 SPP007 SPP008 SPP009 SPP010 SPP011 SPP012 SPP013 SPP014 SPP015 SPP101 SPP102 SPP103 SPP104 SPP105 SPP106 SPP107 SPP108 SPP109 SPP110 SPP201 SPP202 SPP203 SPP204 SPP205 SPP206 SPP207 SPP208 SPP209 SPP210 SPP211 SPP212 SPP301 SPP302 SPP303 SPP304 SPP401 SPP402 SPP403 SPP501 SPP502 SPP503 SPP601 SPP602 SPP603 SPP604'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl config" namespace' -l 'namespace' -d 'The namespace of objects that name none (default: default), as kubectl\'s --namespace.' -rfka ''
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl config" version' -l 'version' -d 'Show the version.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl config" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'sppctl' -n '__sppctl_should_offer_completions_for_flags_or_options "sppctl help" version' -l 'version' -d 'Show the version.'
