"""Prints "word<TAB>zipf" for the Arabic words of wordfreq's large list with Zipf frequency >= argv[1]."""
import sys

import wordfreq

threshold = float(sys.argv[1])
for word in wordfreq.iter_wordlist('ar', wordlist='large'):
    zipf = wordfreq.zipf_frequency(word, 'ar', wordlist='large')
    if zipf < threshold:
        break  # the list is ordered by frequency
    sys.stdout.write(f'{word}\t{zipf:.2f}\n')
